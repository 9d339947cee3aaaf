import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { SocketState } from '../../src/protocol/connection.js';
import { ANSWER_WATCH } from '../../src/session/answer-watch.js';
import { FakeApi, MapStorage, flush, makeSession } from '../../testing/fake-session.js';

const networkError = () => new ApiError('network');

describe('ChatSession', () => {
  it('does nothing until started', () => {
    const { sockets, api } = makeSession();
    expect(sockets).to.have.length(0);
    expect(api.historyCalls).to.have.length(0);
  });

  it('start: connects once, to the guide’s URL with tenant_id and session_id (the visitor secret, the credential, never in the URL)', async () => {
    const api = new FakeApi();
    api.visitorSecret = 'the-visitors-secret';
    const { session, sockets } = makeSession({ api });
    session.connect();
    session.connect();
    expect(sockets).to.have.length(1);
    expect(sockets[0].url).to.equal(`ws://platform.test/api/v1/ws/chat?tenant_id=miptech-company&session_id=${session.sessionId}`);
    expect((sockets[0].authData() as { session_id: string }).session_id).to.equal(session.sessionId);
    session.send('hello');
    await flush();
    expect(session.visitorSecret()).to.equal('the-visitors-secret');
    expect(sockets[0].url).not.to.contain('the-visitors-secret');
    expect(sockets[0].connects).to.equal(1);
  });

  it('the visitor secret from the first chat is kept, sent in every auth frame, and the open socket authenticates again with it', async () => {
    const api = new FakeApi();
    api.visitorSecret = 'the-visitors-secret';
    const { session, socket, backing } = makeSession({ api });
    session.connect();
    socket().setStatus({ state: SocketState.Open });
    expect(session.visitorSecret()).to.equal(null);
    session.send('Hello');
    await flush();
    expect(session.visitorSecret()).to.equal('the-visitors-secret');
    expect(socket().reauths).to.equal(1);
    const stored = JSON.parse([...backing.map.entries()].find(([k]) => k.endsWith(':identity'))![1]);
    expect(stored.visitor_secret).to.equal('the-visitors-secret');
    // A reload: the stored secret is sent from the first auth frame on.
    const reloaded = makeSession({ api, backing });
    expect(reloaded.session.visitorSecret()).to.equal('the-visitors-secret');
    session.send('Again');
    await flush();
    expect(socket().reauths, 'only when the secret is new').to.equal(1);
  });

  it('first send creates the chat with the guide’s body, then posts with a client_message_id', async () => {
    const { session, api } = makeSession();
    const id = session.send('  What services does MIPTech offer?  ');
    await flush();
    expect(api.createBodies).to.deep.equal([
      {
        client_chat_id: 'id-4',
        session_id: session.sessionId,
        visitor_id: 'id-2',
        title: 'Website Chat',
        context: { page_url: 'http://site.test/pricing', user_agent: 'UA/1', referrer: 'http://ref.test/', tenant_id: 'miptech-company' },
      },
    ]);
    expect(api.sendBodies[0]).to.deep.equal({
      content: 'What services does MIPTech offer?',
      role: 'user',
      metadata: { timestamp: '2026-01-01T00:00:00.000Z', page_url: 'http://site.test/pricing', tenant_id: 'miptech-company', client_message_id: id },
    });
    const [message] = session.store.state.messages;
    expect(message).to.include({ key: id, delivery: 'sent', seq: 1 });
    expect(session.pendingCount()).to.equal(0);
  });

  it('ignores empty messages and refuses over-long ones with the limit', () => {
    const { session } = makeSession();
    expect(session.send('   ')).to.equal(null);
    expect(session.send('x'.repeat(4001))).to.equal(null);
    expect(session.store.state.messages).to.have.length(0);
  });

  it('chat creation is idempotent: a failed create is retried with the same client_chat_id, even after a reload', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const first = makeSession({ backing, api });
    api.failNext.push(networkError());
    first.session.send('Hello');
    await flush();
    expect(first.session.chatId).to.equal(null);
    const second = makeSession({ backing, api });
    second.session.connect();
    await flush();
    await flush();
    const keys = api.createBodies.map((b) => b.client_chat_id);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(api.chats).to.have.length(1);
    expect(second.session.chatId).to.equal('chat-1');
  });

  it('persists session, visitor and chat ids per tenant, and restores them with history', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const first = makeSession({ backing, api });
    first.session.send('Hello');
    await flush();
    const second = makeSession({ backing, api });
    expect(second.session.sessionId).to.equal(first.session.sessionId);
    expect(api.createBodies).to.have.length(1);
    second.session.connect();
    await flush();
    expect(api.historyCalls).to.deep.equal([{ chatId: 'chat-1', afterSeq: undefined }]);
    expect(second.session.store.state.messages.map((m) => m.content)).to.deep.equal(['Hello']);
  });

  it('a failed send stays visible with its reason; retry resends the same client_message_id once', async () => {
    const { session, api } = makeSession();
    api.failNext.push(networkError());
    const id = session.send('Hi');
    await flush();
    expect(session.store.state.messages[0]).to.include({ delivery: 'failed' });
    expect(session.store.state.messages[0].deliveryFailure).to.deep.equal({ kind: 'network', status: null, detail: null });
    expect(session.pendingCount()).to.equal(1);
    session.retry();
    await flush();
    expect(session.store.state.messages[0]).to.include({ delivery: 'sent' });
    expect(api.sendBodies.map((b) => b.metadata.client_message_id)).to.deep.equal([id]);
    expect(api.messages).to.have.length(1);
  });

  it('keeps unsent messages across a reload and delivers them in order', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const first = makeSession({ backing, api });
    api.failNext.push(networkError());
    first.session.send('one');
    first.session.send('two');
    await flush();
    expect(first.session.pendingCount()).to.equal(2);
    const second = makeSession({ backing, api });
    expect(second.session.pendingCount()).to.equal(2);
    second.session.connect();
    await flush();
    await flush();
    expect(api.messages.map((m) => m.content)).to.deep.equal(['one', 'two']);
    expect(second.session.store.state.messages.map((m) => m.delivery)).to.deep.equal(['sent', 'sent']);
  });

  it('a chat the platform forgot (404) is recreated once and the message still goes', async () => {
    const { session, api } = makeSession();
    session.send('first');
    await flush();
    api.failNext.push(new ApiError('http', 404, 'Chat not found'));
    session.send('second');
    await flush();
    await flush();
    expect(api.chats).to.have.length(2);
    expect(session.chatId).to.equal('chat-2');
    expect(session.pendingCount()).to.equal(0);
  });

  it('turns streamed frames into a growing answer, then the final message', async () => {
    const { session, socket } = makeSession();
    const cid = session.send('Q')!;
    await flush();
    socket().setStatus({ state: SocketState.Open });
    socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: cid } });
    socket().frame({ type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: 'Hel' } });
    socket().frame({ type: 'response_chunk', data: { message_id: 'a1', index: 1, delta: 'lo' } });
    expect(session.store.state.messages[1]).to.include({ content: 'Hello', streaming: true });
    socket().frame({ type: 'response_complete', data: { message: { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Hello!', created_at: 't', sources: [{ title: 'Services', url: 'http://x/services' }] } } });
    expect(session.store.state.messages[1]).to.include({ content: 'Hello!', streaming: false, seq: 2 });
  });

  it('ignores an answer that starts in another chat (it would stream forever, its end filtered out)', async () => {
    const { session, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().frame({ type: 'response_start', data: { chat_id: 'an-old-chat', message_id: 'x', reply_to: 'r' } });
    socket().frame({ type: 'response_chunk', data: { message_id: 'x', index: 0, delta: 'leak' } });
    expect(session.store.state.messages.map((m) => m.key)).to.have.length(1);
    expect(session.store.state.droppedFrames).to.equal(2);
  });

  it('ignores whole messages of another chat', async () => {
    const { session, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().frame({ type: 'message', data: { message: { id: 'x', chat_id: 'someone-else', seq: 9, role: 'assistant', content: 'leak', created_at: 't' } } });
    expect(session.store.state.messages.map((m) => m.content)).to.deep.equal(['Q']);
  });

  it('after every join, the first one included, fetches history since the last seq (an answer streamed before it could hear)', async () => {
    const { session, api, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Open });
    await flush();
    expect(api.historyCalls).to.deep.equal([{ chatId: 'chat-1', afterSeq: 1 }]);
    socket().setStatus({ state: SocketState.Waiting, attempt: 1 });
    socket().setStatus({ state: SocketState.Open });
    await flush();
    expect(api.historyCalls).to.deep.equal([{ chatId: 'chat-1', afterSeq: 1 }, { chatId: 'chat-1', afterSeq: 1 }]);
  });

  it('a terminal close code shows the connection error; 3 failed first attempts too', () => {
    const a = makeSession();
    a.session.connect();
    a.socket().setStatus({ state: SocketState.Closed, problem: 'tenant-refused', lastCloseCode: 4003 });
    expect(a.session.store.state.error).to.deep.equal({ problem: 'tenant-refused', closeCode: 4003 });

    const b = makeSession();
    b.session.connect();
    b.socket().setStatus({ state: SocketState.Waiting, attempt: 2, problem: 'unreachable' });
    expect(b.session.store.state.error).to.equal(null);
    b.socket().setStatus({ state: SocketState.Waiting, attempt: 3, problem: 'unreachable' });
    expect(b.session.store.state.error).to.deep.equal({ problem: 'unreachable', closeCode: null });
    b.session.retry();
    expect(b.session.store.state.error).to.equal(null);
  });

  it('4004: forgets the chat and reconnects; the next message creates a new one', async () => {
    const { session, api, socket } = makeSession();
    session.send('Q');
    await flush();
    const connects = socket().connects;
    socket().setStatus({ state: SocketState.Closed, problem: 'chat-not-found', lastCloseCode: 4004 });
    expect(session.chatId).to.equal(null);
    expect(socket().connects).to.equal(connects + 1);
    session.send('again');
    await flush();
    expect(api.chats).to.have.length(2);
  });

  it('stop() disconnects and ignores later socket events', () => {
    const { session, socket } = makeSession();
    session.connect();
    session.stop();
    expect(socket().disconnects).to.equal(1);
    socket().setStatus({ state: SocketState.Closed, problem: 'tenant-refused' });
    expect(session.store.state.error).to.equal(null);
  });

  it('feedback: shown at once, sent with the answer id, undone when the platform refuses', async () => {
    const { session, api, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().frame({ type: 'response_complete', data: { message: { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'A', created_at: 't' } } });
    expect(await session.answers.rate('a1', 'up')).to.deep.equal({ messageId: 'a1', rating: 'up', stored: true });
    expect(api.feedbackCalls).to.deep.equal([{ chatId: 'chat-1', messageId: 'a1', body: { rating: 'up' } }]);
    expect(session.store.state.messages[1].feedback).to.equal('up');
    api.failNext.push(new ApiError('network'));
    expect(await session.answers.rate('a1', 'down', ' too vague ')).to.deep.equal({ messageId: 'a1', rating: 'down', comment: 'too vague', stored: false });
    expect(api.feedbackCalls[1].body).to.deep.equal({ rating: 'down', comment: 'too vague' });
    expect(session.store.state.messages[1].feedback).to.equal('up');
  });

  it('stop sends a cancel frame for the streaming answer; regenerate asks the platform', async () => {
    const { session, api, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Open });
    expect(session.answers.stop()).to.equal(false); // nothing streaming
    socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: 'x' } });
    expect(session.answers.stop()).to.equal(true);
    expect(socket().sent).to.deep.equal([{ type: 'cancel', data: { message_id: 'a1' } }]);
    socket().frame({ type: 'response_complete', data: { message: { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'A', created_at: 't', status: 'interrupted' } } });
    expect(session.store.state.messages[1].interrupted).to.equal(true);
    expect(await session.answers.regenerate('a1')).to.equal(true);
    expect(api.regenerateCalls).to.deep.equal([{ chatId: 'chat-1', messageId: 'a1' }]);
  });

  it('REST fallback: with no socket, polls history with backoff until the answer comes, then stops', async () => {
    const { session, api, scheduler, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Waiting, attempt: 1 });
    expect(api.historyCalls).to.have.length(0);
    scheduler.advance(1_499); // first poll after 2 s · (0.5 + 0.5 · random 0.5) = 1.5 s
    expect(api.historyCalls).to.have.length(0);
    scheduler.advance(1);
    await flush();
    expect(api.historyCalls).to.deep.equal([{ chatId: 'chat-1', afterSeq: 1 }]);
    scheduler.advance(2_999); // then 3 s
    await flush();
    expect(api.historyCalls).to.have.length(1);
    scheduler.advance(1);
    await flush();
    expect(api.historyCalls).to.have.length(2);
    api.messages.push({ id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Answer by REST', created_at: 't' });
    scheduler.advance(6_000);
    await flush();
    expect(session.store.state.messages[1].content).to.equal('Answer by REST');
    const calls = api.historyCalls.length;
    scheduler.advance(120_000);
    await flush();
    expect(api.historyCalls).to.have.length(calls);
  });

  it('a page that blocks the socket: only a block of our socket URL counts, and answers come by REST', async () => {
    const { session, api, scheduler, socket } = makeSession();
    session.send('Q');
    await flush();
    session.connectBlocked('https://analytics.example/collect');
    session.connectBlocked('ws://elsewhere.test');
    expect(socket().blocks).to.equal(0);
    session.connectBlocked('ws://platform.test'); // origin only, as browsers report cross-origin URLs
    expect(socket().blocks).to.equal(1);
    expect(session.store.state.error).to.equal(null);
    api.messages.push({ id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Answer by REST', created_at: 't' });
    scheduler.advance(2_000);
    await flush();
    expect(session.store.state.messages[1].content).to.equal('Answer by REST');
  });

  for (const [name, frames] of [
    ['a streamed answer whose response_complete was dropped', [{ type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: 'Half an ans' } }]],
    ['a whole answer too large for a frame', []],
  ] as const) {
    it(`${name}: the dropped frame makes it fetch history, and the answer completes`, async () => {
      const { session, api, scheduler, socket } = makeSession();
      session.send('Q');
      await flush();
      socket().setStatus({ state: SocketState.Open });
      socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: 'x' } });
      frames.forEach((f) => socket().frame(f as never));
      api.messages.push({ id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Half an answer, and the rest.', created_at: 't' });
      const calls = api.historyCalls.length;
      socket().setStatus({ droppedFrames: 1 }); // the socket dropped the frame that finished it
      socket().setStatus({ droppedFrames: 2 });
      scheduler.advance(500);
      await flush();
      expect(api.historyCalls.length - calls, 'one fetch for the burst').to.equal(1);
      const answer = session.store.state.messages.find((m) => m.role === 'assistant')!;
      expect(answer.content).to.equal('Half an answer, and the rest.');
      expect(answer.streaming).to.equal(false);
    });
  }

  it('a re-auth acknowledged on an open socket (the chat another tab started) fetches what came before it', async () => {
    const { session, api, scheduler, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Open });
    api.messages.push({ id: 'u9', chat_id: 'chat-1', seq: 2, role: 'user', content: 'From the other tab', created_at: 't' });
    const calls = api.historyCalls.length;
    socket().frame({ type: 'auth_success', data: { session_id: 's' } } as never);
    scheduler.advance(500);
    await flush();
    expect(api.historyCalls.length - calls).to.equal(1);
    expect(session.store.state.messages.map((m) => m.content)).to.include('From the other tab');
  });

  it('an answer to a question asked in another tab (a platform that does not push questions) fetches the question', async () => {
    const { session, api, scheduler, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Open });
    const mine = session.store.state.messages[0].clientMessageId;
    const calls = api.historyCalls.length;
    socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: mine! } });
    scheduler.advance(500);
    await flush();
    expect(api.historyCalls.length - calls, 'an answer to a question shown here fetches nothing').to.equal(0);
    api.messages.push({ id: 'u9', chat_id: 'chat-1', seq: 2, role: 'user', content: 'Asked in the other tab', created_at: 't', client_message_id: 'other-tab-q' });
    socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a2', reply_to: 'other-tab-q' } });
    scheduler.advance(500);
    await flush();
    expect(api.historyCalls.length - calls).to.equal(1);
    expect(session.store.state.messages.map((m) => m.content)).to.include('Asked in the other tab');
  });

  it('REST fallback: stops polling as soon as the socket opens (whose join catches up once)', async () => {
    const { session, api, scheduler, socket } = makeSession();
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Waiting, attempt: 1 });
    socket().setStatus({ state: SocketState.Open });
    await flush();
    expect(api.historyCalls).to.have.length(1, 'the join’s catch-up');
    scheduler.advance(ANSWER_WATCH.firstCheckMs - 1); // the poller's first poll was due at 1.5 s
    await flush();
    expect(api.historyCalls).to.have.length(1);
  });

  it('wake(): reconnects now and resends failed messages', async () => {
    const { session, api, socket } = makeSession();
    api.failNext.push(new ApiError('network'));
    session.send('Q');
    await flush();
    expect(session.store.state.messages[0].delivery).to.equal('failed');
    session.wake();
    await flush();
    expect(socket().wakes).to.equal(1);
    expect(session.store.state.messages[0].delivery).to.equal('sent');
  });

  it('regenerates a cut-off answer the platform never stored through its question', async () => {
    const { session, api, socket } = makeSession();
    const cid = session.send('Q')!;
    await flush();
    socket().setStatus({ state: SocketState.Open });
    socket().frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'lost', reply_to: cid } });
    socket().setStatus({ state: SocketState.Waiting, attempt: 1 });
    expect(session.store.state.messages[1]).to.include({ interrupted: true, seq: null });
    expect(await session.answers.regenerate('lost')).to.equal(true);
    expect(api.regenerateCalls).to.deep.equal([{ chatId: 'chat-1', messageId: 'msg-1' }]);
  });
});
