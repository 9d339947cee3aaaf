import { expect } from '@open-wc/testing';
import { AnswerVersions, versionsShown } from '../../src/state/answer-versions.js';
import { newMessage, type ChatMessage } from '../../src/state/chat-state.js';

const user = (key: string) => newMessage({ key, role: 'user', content: key, createdAt: 't', clientMessageId: key });
const answer = (key: string, replyTo: string) => newMessage({ key, role: 'assistant', content: key, createdAt: 't', replyTo });
const keys = (messages: readonly ChatMessage[]) => messages.map((m) => m.key);

describe('answer versions', () => {
  const conversation = [user('q1'), answer('a1', 'q1'), user('q2'), answer('a2', 'q2'), answer('a2-again', 'q2'), answer('a2-third', 'q2')];

  it('shows one answer per question, the newest unless the visitor chose another, and says which of how many', () => {
    const versions = new AnswerVersions();
    const newest = versionsShown(conversation, versions.chosen);
    expect(keys(newest.visible)).to.deep.equal(['q1', 'a1', 'q2', 'a2-third']);
    expect(newest.versionOf.get(newest.visible[3])).to.deep.equal({ replyTo: 'q2', n: 3, total: 3 });
    expect(newest.versionOf.has(newest.visible[1])).to.equal(false);
    versions.choose('q2', 0);
    expect(keys(versionsShown(conversation, versions.chosen).visible)).to.deep.equal(['q1', 'a1', 'q2', 'a2']);
    versions.choose('q2', 99);
    expect(keys(versionsShown(conversation, versions.chosen).visible)).to.deep.equal(['q1', 'a1', 'q2', 'a2-third']);
    versions.choose('q2', 1);
    versions.newest('q2');
    expect(keys(versionsShown(conversation, versions.chosen).visible).at(-1)).to.equal('a2-third');
  });

  it('leaves a conversation without regenerated answers as it is', () => {
    const plain = conversation.slice(0, 4);
    expect(versionsShown(plain, new Map()).visible).to.equal(plain);
  });
});
