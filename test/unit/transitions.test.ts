import { expect } from '@open-wc/testing';
import type { Message } from '../../src/protocol/types.js';
import type { ChatAction } from '../../src/state/actions.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../../src/state/chat-state.js';
import { chatReducer } from '../../src/state/reducer.js';
import { transitions } from '../../src/state/transitions.js';

const apply = (state: ChatState, ...actions: ChatAction[]) => actions.reduce(chatReducer, state);
const answer: Message = { id: 'a1', chat_id: 'c', seq: 2, role: 'assistant', content: 'A', created_at: 't' };
const question: Message = { id: 'u1', chat_id: 'c', seq: 1, role: 'user', content: 'Q', created_at: 't', client_message_id: 'cm1' };

describe('transitions', () => {
  it('answers restored from history on start are complete but not live', () => {
    const next = apply(INITIAL_CHAT_STATE, { type: 'messages-received', messages: [question, answer] });
    expect(transitions(next, INITIAL_CHAT_STATE).completedAnswers.map((c) => c.live)).to.deep.equal([false]);
  });

  it('an answer that streamed in is live, reported once', () => {
    const asked = apply(INITIAL_CHAT_STATE, { type: 'messages-received', messages: [question] });
    const streaming = apply(asked, { type: 'answer-started', messageId: 'a1', replyTo: 'cm1', createdAt: 't' });
    expect(transitions(streaming, asked).completedAnswers).to.deep.equal([]);
    const done = apply(streaming, { type: 'messages-received', messages: [answer] });
    expect(transitions(done, streaming).completedAnswers.map((c) => [c.message.key, c.live])).to.deep.equal([['a1', true]]);
    const again = apply(done, { type: 'messages-received', messages: [answer] });
    expect(transitions(again, done).completedAnswers).to.deep.equal([]);
  });

  it('reports a failed send once, and state changes of the connection only', () => {
    const queued = apply(INITIAL_CHAT_STATE, { type: 'message-queued', clientMessageId: 'x', content: 'hi', createdAt: 't' });
    const failure = { kind: 'network' as const, status: null, detail: null };
    const failed = apply(queued, { type: 'message-failed', clientMessageId: 'x', failure });
    expect(transitions(failed, queued).failedSends.map((m) => m.deliveryFailure)).to.deep.equal([failure]);
    expect(transitions(failed, failed).failedSends).to.deep.equal([]);
    const counted = apply(failed, { type: 'connection-changed', status: { ...failed.connection, droppedFrames: 3 } });
    expect(transitions(counted, failed).connection).to.equal(null);
    const opened = apply(counted, { type: 'connection-changed', status: { ...counted.connection, state: 'open' } });
    expect(transitions(opened, counted).connection?.state).to.equal('open');
  });
});
