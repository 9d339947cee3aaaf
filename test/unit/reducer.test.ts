import { expect } from '@open-wc/testing';
import type { Message } from '../../src/protocol/types.js';
import type { ChatAction } from '../../src/state/actions.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../../src/state/chat-state.js';
import { chatReducer, isAwaitingAnswer } from '../../src/state/reducer.js';

const run = (...actions: ChatAction[]): ChatState => actions.reduce(chatReducer, INITIAL_CHAT_STATE);
const user = (seq: number, cid: string, content = 'Q'): Message => ({ id: `u${seq}`, chat_id: 'c', seq, role: 'user', content, created_at: 't', client_message_id: cid });
const answer = (seq: number, id = `a${seq}`, content = 'A'): Message => ({ id, chat_id: 'c', seq, role: 'assistant', content, created_at: 't', sources: [{ title: 'Doc', url: 'https://x/doc' }] });
const queued = (cid: string, content = 'Q'): ChatAction => ({ type: 'message-queued', clientMessageId: cid, content, createdAt: 't' });

describe('chatReducer', () => {
  it('a queued message shows as sending, then sent when the platform stores it', () => {
    const state = run(queued('cm1'), { type: 'messages-received', messages: [user(1, 'cm1')] });
    expect(state.messages).to.have.length(1);
    expect(state.messages[0]).to.include({ key: 'cm1', id: 'u1', seq: 1, delivery: 'sent' });
    expect(state.lastSeq).to.equal(1);
  });

  it('the same message from POST reply, frame and history is shown once', () => {
    const state = run(
      queued('cm1'),
      { type: 'messages-received', messages: [user(1, 'cm1')] },
      { type: 'messages-received', messages: [user(1, 'cm1'), answer(2)] },
      { type: 'messages-received', messages: [answer(2)] },
    );
    expect(state.messages.map((m) => m.key)).to.deep.equal(['cm1', 'a2']);
  });

  it('streams an answer chunk by chunk, then the final message replaces the text', () => {
    let state = run(queued('cm1'), { type: 'messages-received', messages: [user(1, 'cm1')] }, { type: 'answer-started', messageId: 'a2', replyTo: 'cm1', createdAt: 't' });
    state = chatReducer(state, { type: 'answer-chunk', messageId: 'a2', index: 0, delta: 'Hel' });
    state = chatReducer(state, { type: 'answer-chunk', messageId: 'a2', index: 1, delta: 'lo' });
    expect(state.messages[1]).to.include({ content: 'Hello', streaming: true });
    state = chatReducer(state, { type: 'messages-received', messages: [answer(2, 'a2', 'Hello, final.')] });
    expect(state.messages[1]).to.include({ content: 'Hello, final.', streaming: false, seq: 2 });
    expect(state.messages[1].sources).to.have.length(1);
  });

  it('ignores a duplicate chunk and drops a chunk after a gap (never shows text out of order)', () => {
    let state = run({ type: 'answer-started', messageId: 'a', replyTo: null, createdAt: 't' });
    state = chatReducer(state, { type: 'answer-chunk', messageId: 'a', index: 0, delta: 'A' });
    state = chatReducer(state, { type: 'answer-chunk', messageId: 'a', index: 0, delta: 'A' });
    state = chatReducer(state, { type: 'answer-chunk', messageId: 'a', index: 2, delta: 'C' });
    expect(state.messages[0].content).to.equal('A');
    expect(state.droppedFrames).to.equal(1);
  });

  it('counts a chunk for an unknown answer as dropped', () => {
    const state = run({ type: 'answer-chunk', messageId: 'ghost', index: 0, delta: 'x' });
    expect(state.messages).to.have.length(0);
    expect(state.droppedFrames).to.equal(1);
  });

  it('orders by seq, with not-yet-stored messages last in the order written', () => {
    const state = run(queued('cm9', 'later'), { type: 'messages-received', messages: [answer(4), user(3, 'cm3'), user(1, 'cm1'), answer(2)] });
    expect(state.messages.map((m) => m.seq)).to.deep.equal([1, 2, 3, 4, null]);
  });

  it('keeps a cut-off answer the platform never stored right after its question', () => {
    const state = run(
      { type: 'messages-received', messages: [user(1, 'cm1')] },
      { type: 'answer-started', messageId: 'lost', replyTo: 'cm1', createdAt: 't' },
      { type: 'answers-interrupted' },
      { type: 'messages-received', messages: [{ ...answer(2, 'again'), reply_to: 'cm1' }, user(3, 'cm3')] },
    );
    expect(state.messages.map((m) => m.key)).to.deep.equal(['cm1', 'lost', 'again', 'cm3']);
  });

  it('marks a failed send with its reason, and sending again clears it', () => {
    const failure = { kind: 'network' as const, status: null, detail: null };
    let state = run(queued('cm1'), { type: 'message-failed', clientMessageId: 'cm1', failure });
    expect(state.messages[0]).to.include({ delivery: 'failed', deliveryFailure: failure });
    state = chatReducer(state, { type: 'message-sending', clientMessageId: 'cm1' });
    expect(state.messages[0]).to.include({ delivery: 'sending', deliveryFailure: null });
  });

  it('a question the platform pushed back stays sent when its POST’s own reply is lost, or it is sent again', () => {
    const failure = { kind: 'network' as const, status: null, detail: null };
    let state = run(queued('cm1'), { type: 'message-sending', clientMessageId: 'cm1' }, { type: 'messages-received', messages: [user(1, 'cm1')] });
    state = chatReducer(state, { type: 'message-failed', clientMessageId: 'cm1', failure });
    expect(state.messages[0]).to.include({ delivery: 'sent', deliveryFailure: null });
    state = chatReducer(state, { type: 'message-sending', clientMessageId: 'cm1' });
    expect(state.messages[0]).to.include({ delivery: 'sent' });
  });

  it('interrupts streams that cannot finish', () => {
    const state = run({ type: 'answer-started', messageId: 'a', replyTo: null, createdAt: 't' }, { type: 'answers-interrupted' });
    expect(state.messages[0]).to.include({ streaming: false, interrupted: true });
  });

  it('an interrupted answer the platform starts again (replayed to a new link) streams on from where it stopped', () => {
    const started: ChatAction = { type: 'answer-started', messageId: 'a', replyTo: null, createdAt: 't' };
    let state = run(started, { type: 'answer-chunk', messageId: 'a', index: 0, delta: 'Hel' }, { type: 'answers-interrupted' });
    state = chatReducer(state, started);
    expect(state.messages[0]).to.include({ streaming: true, interrupted: false, content: 'Hel' });
    // The replay repeats what was shown, then goes on.
    for (const [index, delta] of [[0, 'Hel'], [1, 'lo'], [2, '!']] as const) state = chatReducer(state, { type: 'answer-chunk', messageId: 'a', index, delta });
    expect(state.messages[0].content).to.equal('Hello!');
    expect(state.droppedFrames).to.equal(0);
  });

  it('a stored answer (ended for good, interrupted or not) is not reopened by a stray start', () => {
    const stored = { ...answer(2, 'a'), status: 'interrupted' as const };
    const state = run({ type: 'messages-received', messages: [stored] }, { type: 'answer-started', messageId: 'a', replyTo: null, createdAt: 't' });
    expect(state.messages[0]).to.include({ streaming: false, interrupted: true });
  });

  it('awaits an answer after a question, not after a failure or an answer', () => {
    expect(isAwaitingAnswer(run(queued('cm1')))).to.equal(true);
    expect(isAwaitingAnswer(run(queued('cm1'), { type: 'message-failed', clientMessageId: 'cm1', failure: { kind: 'timeout', status: null, detail: null } }))).to.equal(false);
    expect(isAwaitingAnswer(run({ type: 'messages-received', messages: [user(1, 'cm1'), answer(2)] }))).to.equal(false);
  });

  it('clearing the conversation keeps the connection state', () => {
    const status = { ...INITIAL_CHAT_STATE.connection, state: 'open' as const };
    const state = run({ type: 'connection-changed', status }, queued('cm1'), { type: 'conversation-cleared' });
    expect(state.messages).to.have.length(0);
    expect(state.connection.state).to.equal('open');
  });

  it('returns the same object when nothing changes (no needless renders)', () => {
    const state = run(queued('cm1'));
    expect(chatReducer(state, queued('cm1'))).to.equal(state);
    expect(chatReducer(state, { type: 'typing', isTyping: false })).to.equal(state);
  });
});
