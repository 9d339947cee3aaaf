import { expect } from '@open-wc/testing';
import { ChatStorage } from '../../src/ports/safe-storage.js';
import { answerDue, regenerateTarget } from '../../src/session/answers.js';
import { ATTEMPTS_BEFORE_CONNECTION_ERROR, connectionError, connectionErrorAction } from '../../src/session/connection-policy.js';
import { frameAction, receiveMessages } from '../../src/session/frame-actions.js';
import { Outbox } from '../../src/session/outbox.js';
import type { SocketStatus } from '../../src/socket/socket-status.js';
import type { ChatAction } from '../../src/state/actions.js';
import { newMessage } from '../../src/state/chat-state.js';
import { MapStorage } from '../../testing/map-storage.js';

const base = { attempt: 1, lastCloseCode: null, droppedFrames: 0, dialect: null };
const waiting = (attempt: number): SocketStatus => ({ ...base, attempt, state: 'waiting', problem: 'unreachable', nextDelayMs: 1000, nextAttemptAt: 1000 });
const never = { everOpened: false, restReachable: false };

describe('connection policy (pure)', () => {
  it('a terminal close is always the panel error, with its code', () => {
    const closed: SocketStatus = { ...base, lastCloseCode: 4003, state: 'closed', problem: 'tenant-refused' };
    expect(connectionError(closed, { everOpened: true, restReachable: true })).to.deep.equal({ problem: 'tenant-refused', closeCode: 4003 });
  });

  it('a socket the page blocks (no WebSocket, CSP connect-src) is no error: the chat works over REST', () => {
    const blocked: SocketStatus = { ...base, state: 'closed', problem: 'blocked' };
    expect(connectionError(blocked, never)).to.equal(null);
    expect(connectionError(blocked, { everOpened: false, restReachable: true })).to.equal(null);
  });

  it(`a socket that never opened is an error at attempt ${ATTEMPTS_BEFORE_CONNECTION_ERROR}, not before, and not while REST answers`, () => {
    expect(connectionError(waiting(ATTEMPTS_BEFORE_CONNECTION_ERROR - 1), never)).to.equal(null);
    expect(connectionError(waiting(ATTEMPTS_BEFORE_CONNECTION_ERROR), never)).to.deep.equal({ problem: 'unreachable', closeCode: null });
    expect(connectionError(waiting(9), { everOpened: false, restReachable: true })).to.equal(null);
    expect(connectionError(waiting(9), { everOpened: true, restReachable: false })).to.equal(null);
  });

  it('clears a shown error once the socket opens or REST answers; leaves no error alone', () => {
    const shown = { problem: 'unreachable' as const, closeCode: null };
    expect(connectionErrorAction({ ...base, state: 'open' }, never, shown)).to.deep.equal({ type: 'error', error: null });
    expect(connectionErrorAction(waiting(1), { everOpened: false, restReachable: true }, shown)).to.deep.equal({ type: 'error', error: null });
    expect(connectionErrorAction(waiting(1), never, shown)).to.equal(null);
    expect(connectionErrorAction({ ...base, state: 'open' }, never, null)).to.equal(null);
  });
});

describe('frame actions (pure)', () => {
  const now = () => new Date(0);
  const message = (chat_id: string) => ({ id: 'm', chat_id, seq: 1, role: 'assistant' as const, content: 'x', created_at: 't' });

  it('maps frames of the current chat to actions, and drops an answer that starts elsewhere', () => {
    expect(frameAction({ type: 'response_start', data: { chat_id: 'c1', message_id: 'a', reply_to: 'q' } }, 'c1', now)).to.deep.equal({ type: 'answer-started', messageId: 'a', replyTo: 'q', createdAt: '1970-01-01T00:00:00.000Z' });
    expect(frameAction({ type: 'response_start', data: { chat_id: 'old', message_id: 'a' } }, 'c1', now)).to.deep.equal({ type: 'frame-dropped' });
    expect(frameAction({ type: 'typing', data: { is_typing: true } }, 'c1', now)).to.deep.equal({ type: 'typing', isTyping: true });
    expect(frameAction({ type: 'error', data: { code: 'x', message: 'y' } }, 'c1', now)).to.equal(null);
  });

  it('keeps only the messages of the current chat, and counts the rest', () => {
    const { action, foreign } = receiveMessages([message('c1'), message('other')], 'c1');
    expect(foreign).to.equal(1);
    expect(action).to.deep.equal({ type: 'messages-received', messages: [message('c1')] });
    expect(receiveMessages([message('other')], 'c1').action).to.equal(null);
  });
});

describe('Outbox', () => {
  const entry = (id: string) => ({ client_message_id: id, content: id, created_at: 't' });

  it('delivers in order; the first failure stops the queue and marks it and everything behind it failed', async () => {
    const outbox = new Outbox(new ChatStorage('t', new MapStorage()));
    const actions: ChatAction[] = [];
    ['a', 'b', 'c'].forEach((id) => outbox.add(entry(id)));
    const tried: string[] = [];
    for await (const a of outbox.drain(async (e) => (tried.push(e.client_message_id), e.client_message_id === 'b' ? { kind: 'network', status: null, detail: null } : null))) actions.push(a);
    expect(tried).to.deep.equal(['a', 'b']);
    expect(outbox.size).to.equal(2);
    expect(actions.filter((a) => a.type === 'message-failed').map((a) => (a as { clientMessageId: string }).clientMessageId)).to.deep.equal(['b', 'c']);
    for await (const a of outbox.drain(async () => null)) void a;
    expect(outbox.size).to.equal(2); // failed ones wait for a Retry
    outbox.forgiveFailures();
    for await (const a of outbox.drain(async () => null)) void a;
    expect(outbox.size).to.equal(0);
  });

  it('survives a reload: what waits is restored, in order', () => {
    const backing = new MapStorage();
    const first = new Outbox(new ChatStorage('t', backing));
    first.add(entry('a'));
    first.add(entry('b'));
    const second = new Outbox(new ChatStorage('t', backing));
    expect(second.restore().map((a) => (a as { clientMessageId: string }).clientMessageId)).to.deep.equal(['a', 'b']);
  });
});

describe('answer lookups (pure)', () => {
  const question = newMessage({ key: 'q1', id: 'm1', clientMessageId: 'q1', role: 'user', content: 'Q', createdAt: 't', seq: 1, delivery: 'sent' });
  const stored = newMessage({ key: 'a1', id: 'a1', role: 'assistant', content: 'A', createdAt: 't', seq: 2, replyTo: 'q1' });
  const cutOff = newMessage({ key: 'a2', id: 'a2', role: 'assistant', content: 'A', createdAt: 't', replyTo: 'q1', interrupted: true });

  it('regenerates a stored answer itself, and a cut-off one through its question', () => {
    expect(regenerateTarget([question, stored], 'a1')).to.equal('a1');
    expect(regenerateTarget([question, cutOff], 'a2')).to.equal('m1');
    expect(regenerateTarget([question], 'q1')).to.equal(null);
  });

  it('an answer is due after a delivered question or a cut-off answer', () => {
    expect(answerDue([question])).to.equal(true);
    expect(answerDue([question, stored])).to.equal(false);
    expect(answerDue([question, cutOff])).to.equal(true);
    expect(answerDue([])).to.equal(false);
  });
});
