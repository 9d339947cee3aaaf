// Every accepted question ends on screen (issue 23): the watch over a waiting question or a
// streaming answer, step by step on the virtual clock. The session runs on fakes; the platform
// streams nothing unless the test says so.
import { expect } from '@open-wc/testing';
import { SocketState } from '../../src/protocol/connection.js';
import type { Message } from '../../src/protocol/types.js';
import { ANSWER_WATCH, openQuestion } from '../../src/session/answer-watch.js';
import { Delivery, newMessage } from '../../src/state/chat-state.js';
import { isAwaitingAnswer } from '../../src/state/reducer.js';
import { FakeApi, flush, makeSession } from '../../testing/fake-session.js';

const question = (key: string, fields = {}) => newMessage({ key, clientMessageId: key, role: 'user', content: key, createdAt: 't', delivery: Delivery.Sent, ...fields });
const answer = (key: string, replyTo: string | null, fields = {}) => newMessage({ key, id: key, role: 'assistant', content: 'A', createdAt: 't', replyTo, ...fields });

/** A session whose question the platform accepted; nothing else has come yet. */
async function asked() {
  const api = new FakeApi();
  const made = makeSession({ api });
  made.session.connect();
  made.socket().setStatus({ state: SocketState.Open });
  made.session.send('What services does MIPTech offer?');
  await flush();
  await flush();
  const calls = () => api.historyCalls.length;
  const before = calls();
  /** Advances the virtual clock by `ms`, half a second at a time, letting each fetch it starts finish. */
  const wait = async (ms: number) => {
    for (let left = ms; left > 0; left -= 500) {
      made.scheduler.advance(Math.min(500, left));
      await flush();
      await flush();
    }
  };
  const stored = (content: string, extra: Partial<Message> = {}) => {
    const q = api.messages.find((m) => m.role === 'user')!;
    api.messages.push({ id: 'a1', chat_id: q.chat_id, seq: api.messages.length + 1, role: 'assistant', content, created_at: 't', reply_to: q.client_message_id, status: 'complete', ...extra });
  };
  return { ...made, api, fetches: () => calls() - before, wait, stored, state: () => made.session.store.state };
}

describe('the question that waits for its answer', () => {
  it('is the oldest accepted question no answer replies to (one without reply_to answers the oldest before it)', () => {
    expect(openQuestion([question('q1'), answer('a1', 'q1'), question('q2')])?.key).to.equal('q2');
    expect(openQuestion([question('q1'), question('q2'), answer('a2', 'q2')])?.key).to.equal('q1');
    expect(openQuestion([question('q1'), answer('a1', null), question('q2')])?.key).to.equal('q2');
    expect(openQuestion([question('q1'), answer('a1', null)])).to.equal(null);
    expect(openQuestion([question('q1', { delivery: Delivery.Failed })])).to.equal(null, 'a failed send says so itself');
    expect(openQuestion([question('q1', { unanswered: true })])).to.equal(null, 'already given up on');
  });
});

describe('the answer watch', () => {
  it('nothing at 2,999 ms; at 3 s the history is fetched, and an answer stored but never streamed is on screen', async () => {
    const w = await asked();
    await w.wait(ANSWER_WATCH.firstCheckMs - 1);
    expect(w.fetches()).to.equal(0);
    w.stored('Websites, assistants and analytics.');
    await w.wait(1);
    expect(w.fetches()).to.equal(1);
    expect(w.state().messages.at(-1)?.content).to.equal('Websites, assistants and analytics.');
    expect(isAwaitingAnswer(w.state())).to.equal(false);
    await w.wait(ANSWER_WATCH.giveUpMs);
    expect(w.fetches()).to.equal(1, 'answered: the watch is over');
  });

  it('then polls with backoff (2, 4, 8, 15, 15 s), and at 60 s says no answer arrived: the typing indicator ends', async () => {
    const w = await asked();
    const at: number[] = [];
    for (let t = 0; t < ANSWER_WATCH.giveUpMs - 500; t += 500) {
      const before = w.fetches();
      await w.wait(500);
      if (w.fetches() > before) at.push(t + 500);
    }
    expect(at).to.deep.equal([3_000, 5_000, 9_000, 17_000, 32_000, 47_000]);
    expect(isAwaitingAnswer(w.state()), 'typing still shown at 59.5 s').to.equal(true);
    await w.wait(500);
    const q = w.state().messages.at(-1)!;
    expect(q.unanswered).to.equal(true);
    expect(isAwaitingAnswer(w.state())).to.equal(false);
    await w.wait(120_000);
    expect(w.fetches()).to.equal(6, 'nothing more once it has said so');
  });

  it('a history fetch that never answers does not hold the bound back: no answer is said at 60 s all the same', async () => {
    const w = await asked();
    w.api.history = () => new Promise<never>(() => undefined);
    await w.wait(ANSWER_WATCH.giveUpMs - 500);
    expect(w.state().messages.at(-1)!.unanswered).to.equal(false);
    await w.wait(500);
    expect(w.state().messages.at(-1)!.unanswered).to.equal(true);
  });

  it('any sign of progress starts it over: typing at 2.5 s puts the first fetch at 5.5 s', async () => {
    const w = await asked();
    await w.wait(2_500);
    w.socket().frame({ type: 'typing', data: { is_typing: true } });
    await w.wait(2_999);
    expect(w.fetches()).to.equal(0);
    await w.wait(1);
    expect(w.fetches()).to.equal(1);
  });

  it('an answer that starts, then stalls, is completed from the history once nothing came for 3 s', async () => {
    const w = await asked();
    const q = w.api.messages.find((m) => m.role === 'user')!;
    w.socket().frame({ type: 'response_start', data: { chat_id: q.chat_id, message_id: 'a1', reply_to: q.client_message_id } });
    w.socket().frame({ type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: 'Websites, ' } });
    await w.wait(2_999);
    expect(w.state().messages.at(-1)?.streaming).to.equal(true);
    w.stored('Websites, assistants and analytics.');
    await w.wait(1);
    const shown = w.state().messages.at(-1)!;
    expect([shown.streaming, shown.content]).to.deep.equal([false, 'Websites, assistants and analytics.']);
  });

  it('an answer that stalls and never completes is marked interrupted at the bound (with Regenerate), not left streaming', async () => {
    const w = await asked();
    const q = w.api.messages.find((m) => m.role === 'user')!;
    w.socket().frame({ type: 'response_start', data: { chat_id: q.chat_id, message_id: 'a1', reply_to: q.client_message_id } });
    await w.wait(ANSWER_WATCH.giveUpMs);
    const shown = w.state().messages.at(-1)!;
    expect([shown.streaming, shown.interrupted]).to.deep.equal([false, true]);
  });

  it('Retry on an unanswered question asks the platform again, and the question waits (and is watched) again; Discard removes it', async () => {
    const w = await asked();
    await w.wait(ANSWER_WATCH.giveUpMs);
    const q = w.state().messages.at(-1)!;
    expect(await w.session.answers.regenerate(q.key)).to.equal(true);
    expect(w.api.regenerateCalls.map((c) => c.messageId)).to.deep.equal([q.id]);
    expect(w.state().messages.at(-1)!.unanswered).to.equal(false);
    expect(isAwaitingAnswer(w.state())).to.equal(true);
    await w.wait(ANSWER_WATCH.giveUpMs);
    expect(w.state().messages.at(-1)!.unanswered).to.equal(true);
    w.session.discard(q.key);
    expect(w.state().messages.filter((m) => m.role === 'user')).to.have.length(0);
  });

  it('an answer that arrives after the watch gave up still counts: the question is answered', async () => {
    const w = await asked();
    await w.wait(ANSWER_WATCH.giveUpMs);
    w.stored('Late, but here.');
    await w.session.store.state; // nothing to await: the next fetch brings it
    w.socket().setStatus({ state: SocketState.Connecting });
    w.socket().setStatus({ state: SocketState.Open }); // a rejoin catches up
    await flush();
    await flush();
    expect(w.state().messages.map((m) => [m.role, m.unanswered])).to.deep.equal([['user', false], ['assistant', false]]);
  });
});
