// What a screen reader hears of an answer (issue 11, item 9): "answering" when it starts, then
// plain words a sentence or paragraph at a time, never per token, never piling up; or, if the
// visitor prefers, the whole answer once at the end.
import { expect } from '@open-wc/testing';
import { ANNOUNCE_GAP_MS, AnnouncerController } from '../../src/controllers/announcer-controller.js';
import { en } from '../../src/i18n/en.js';
import { enChat } from '../../src/i18n/en-chat.js';
import { createTerm } from '../../src/i18n/term.js';
import { MARKDOWN_LIMITS } from '../../src/markdown/limits.js';
import { lastSentenceEnd, speakable } from '../../src/markdown/speakable.js';
import type { ChatMessage } from '../../src/state/chat-state.js';
import type { Transitions } from '../../src/state/transitions.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';

const t = createTerm('en', [en, enChat]);

function announcer(atEnd = false) {
  const scheduler = new FakeScheduler();
  const heard: string[] = [];
  const host = { addController() {}, requestUpdate: () => heard[heard.length - 1] !== a.announcement && heard.push(a.announcement) };
  const a = new AnnouncerController(host as never, () => t, () => 'Ada', () => true, () => scheduler, () => atEnd);
  return { a, scheduler, heard };
}
const answer = (content: string, streaming = true) => ({ key: 'a1', role: 'assistant', content, streaming, seq: streaming ? null : 2 }) as unknown as ChatMessage;
const streamed = (content: string): Transitions => ({ connection: null, error: null, failedSends: [], completedAnswers: [], streamingAnswers: [answer(content)] });
const completed = (content: string): Transitions => ({ connection: null, error: null, failedSends: [], completedAnswers: [{ message: answer(content, false), live: true }], streamingAnswers: [] });

describe('speakable text', () => {
  it('reads markdown as words: no emphasis marks, fences, hashes, bullets, pipes or link targets', () => {
    const markdown = '## Prices\n\n**Basic** is `$10`; see [the list](https://x.test/p).\n\n- one\n- two\n\n| plan | price |\n|---|---:|\n| Basic | 10 |\n\n```js\nconst a = 1;\n```';
    const said = speakable(markdown);
    expect(said).not.to.match(/[*`#|]|\]\(|https:/);
    expect(said).to.contain('Prices');
    expect(said).to.contain('Basic is $10; see the list.');
    expect(said).to.contain('plan, price.');
    expect(said).to.contain('Basic, 10.');
    expect(said).to.contain('const a = 1;');
    expect(speakable('We build assistants [1] and apps [2].\n\n[1] [2]').trim()).to.equal('We build assistants and apps.');
  });

  it('finds where the last whole sentence ends (Latin, Japanese, Arabic), or -1', () => {
    expect(lastSentenceEnd('One. Two is coming')).to.equal(4);
    expect(lastSentenceEnd('One. Two! Three')).to.equal(9);
    expect(lastSentenceEnd('No end yet')).to.equal(-1);
    expect(lastSentenceEnd('v2.1 is out')).to.equal(-1);
    expect(lastSentenceEnd('はい。次に')).to.equal(3);
    expect(lastSentenceEnd('نعم؟ ثم')).to.equal(4);
    expect(lastSentenceEnd('A paragraph\n\nnext')).to.equal(13);
  });
});

describe('announcing an answer', () => {
  it('reads what is formatted of a hostile megabyte answer, as the panel shows it, not the megabyte', () => {
    const { a, heard } = announcer();
    const megabyte = `Start. ${'word '.repeat(200_000)}`;
    a.changed(completed(megabyte));
    const said = heard[heard.length - 1];
    expect(said.startsWith('Ada: Start.'), said.slice(0, 40)).to.equal(true);
    expect(said.length).to.be.at.most(MARKDOWN_LIMITS.answerChars + 100);
    // Streamed, the same bound holds for every sentence read.
    const streaming = announcer();
    streaming.a.changed(streamed(`One. ${'word. '.repeat(200_000)}`));
    expect(streaming.heard.join(' ').length).to.be.at.most(MARKDOWN_LIMITS.answerChars + 100);
  });

  it('says "answering", then each sentence once it is whole, never a token, then the rest at the end', () => {
    const { a, scheduler, heard } = announcer();
    a.changed(streamed(''));
    expect(heard).to.deep.equal(['Ada is answering…']);
    for (const partial of ['Hel', 'Hello', 'Hello the', 'Hello there']) a.changed(streamed(partial));
    expect(heard, 'no sentence is whole yet').to.have.length(1);
    a.changed(streamed('Hello there. Our **Basic** plan'));
    scheduler.advance(ANNOUNCE_GAP_MS);
    expect(heard[1]).to.equal('Hello there.');
    a.changed(streamed('Hello there. Our **Basic** plan costs $10. It has'));
    a.changed(streamed('Hello there. Our **Basic** plan costs $10. It has support. And'));
    scheduler.advance(ANNOUNCE_GAP_MS);
    expect(heard[2], 'two sentences in one gap are said together').to.equal('Our Basic plan costs $10. It has support.');
    a.changed(completed('Hello there. Our **Basic** plan costs $10. It has support. And more'));
    expect(heard[3]).to.equal('And more');
    expect(heard).to.have.length(4);
  });

  it('never says more than one thing per gap, however fast sentences come', () => {
    const { a, scheduler, heard } = announcer();
    let text = '';
    a.changed(streamed(text));
    for (let i = 0; i < 50; i++) {
      text += `Sentence ${i}. `;
      a.changed(streamed(text));
      scheduler.advance(100);
    }
    // 5 s of streaming with a 2 s gap: "answering" and at most 3 more; the rest after the next gap.
    expect(heard.length).to.be.at.most(4);
    scheduler.advance(ANNOUNCE_GAP_MS);
    expect(heard.length).to.be.at.most(5);
    expect(heard.join(' ')).to.contain('Sentence 49.');
  });

  it('at the visitor’s choice, the whole answer once, as plain words, when it is complete', () => {
    const { a, scheduler, heard } = announcer(true);
    a.changed(streamed(''));
    a.changed(streamed('Hello there. Our **Basic** plan'));
    scheduler.advance(10 * ANNOUNCE_GAP_MS);
    expect(heard).to.deep.equal(['Ada is answering…']);
    a.changed(completed('Hello there. Our **Basic** plan costs $10.'));
    expect(heard[1]).to.equal('Ada: Hello there. Our Basic plan costs $10.');
  });

  it('a regenerated answer with the same words is said again', () => {
    const { a, heard } = announcer(true);
    a.changed(completed('Same words.'));
    a.changed(completed('Same words.'));
    expect(heard).to.have.length(2);
    expect(heard[0].trim()).to.equal(heard[1].trim());
  });
});
