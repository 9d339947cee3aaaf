// The chat socket choosing and speaking a dialect (socket/dialect-link.ts, realtime-link.ts,
// guide-link.ts), against mock-socket platforms that greet (realtime) or stay silent (guide).
import { expect } from '@open-wc/testing';
import { Server, WebSocket as MockWebSocket, type Client } from 'mock-socket';
import { silentLogger } from '../../src/log/logger.js';
import { SocketState } from '../../src/protocol/connection.js';
import { GREETING_WAIT_MS, type Dialect, type ProtocolSetting } from '../../src/protocol/dialect.js';
import type { ServerFrame } from '../../src/protocol/types.js';
import type { WebSocketFactory } from '../../src/ports/ports.js';
import { ChatSocket } from '../../src/socket/chat-socket.js';
import { nextDelayOf, problemOf } from '../../src/socket/socket-status.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { until } from '../../testing/wait.js';

let port = 3000;
const AUTH = { tenant_id: 'miptech-company', session_id: 's-1', user_agent: 'test', page_url: 'http://x/' };
type Sent = { type: string; data?: Record<string, unknown>; message_id?: string };

/** `greets`: a realtime platform (greeting, ready, then a chat for each join); else a silent guide one. */
function rig({
  greets,
  setting = 'auto',
  remembered = null as Dialect | null,
  answersJoin = true,
  realtimeCode = () => import('../../src/socket/realtime-link.js'),
}: {
  greets: boolean;
  setting?: ProtocolSetting;
  remembered?: Dialect | null;
  answersJoin?: boolean;
  /** The realtime dialect's code, as its chunk arrives (a slow network: a promise the test settles). */
  realtimeCode?: () => Promise<typeof import('../../src/socket/realtime-link.js')>;
}) {
  const url = `ws://platform.test:${port++}/api/v1/ws/chat?tenant_id=miptech-company`;
  const server = new Server(url, { mock: false });
  const scheduler = new FakeScheduler();
  const memory = { value: remembered };
  const sent: Sent[] = [];
  const frames: ServerFrame[] = [];
  let connections = 0;
  server.on('connection', (client) => {
    connections += 1;
    client.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Sent;
      sent.push(frame);
      if (frame.type === 'auth' && !greets) client.send(JSON.stringify({ type: 'auth_success', data: { session_id: 's-1' } }));
      if (frame.type === 'join_chat' && answersJoin) client.send(JSON.stringify({ type: 'chat_created', data: { success: true }, chat_id: 'chat-1' }));
    });
    if (greets) {
      client.send(JSON.stringify({ type: 'connection_established', data: { client_id: 'c' } }));
      client.send(JSON.stringify({ type: 'connection_ready', data: { client_id: 'c' } }));
    }
  });
  const socket = new ChatSocket({
    url: () => url,
    authData: () => AUTH,
    WebSocket: MockWebSocket as unknown as WebSocketFactory,
    scheduler,
    logger: silentLogger,
    dialect: {
      setting,
      remembered: () => memory.value,
      remember: (dialect) => void (memory.value = dialect),
      join: () => ({ tenantId: 'miptech-company', chatId: null, token: 'site-token' }),
      loadRealtime: realtimeCode,
    },
  });
  socket.onFrame((f) => frames.push(f));
  const peer = (): Client => server.clients()[server.clients().length - 1];
  return { server, scheduler, socket, memory, sent, frames, peer, connections: () => connections };
}
let current: ReturnType<typeof rig> | null = null;
afterEach(() => {
  current?.socket.disconnect();
  current?.server.stop();
  current = null;
});

describe('the socket’s dialect', () => {
  it('auto, first visit, a silent platform: after half a second it is spoken to in the guide’s dialect, and that is remembered', async () => {
    const r = (current = rig({ greets: false }));
    r.socket.connect();
    await until(() => r.connections() === 1, 'the connection');
    r.scheduler.advance(GREETING_WAIT_MS - 1);
    expect(r.sent).to.deep.equal([]);
    r.scheduler.advance(1);
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.sent.map((f) => f.type)).to.deep.equal(['auth']);
    expect(r.socket.status.dialect).to.equal('guide');
    expect(r.memory.value).to.equal('guide');
  });

  it('auto, a platform that greets: join_chat once it is ready (with the site’s token), open when it names the chat, remembered as realtime', async () => {
    const r = (current = rig({ greets: true }));
    r.socket.connect();
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.sent.map((f) => f.type)).to.deep.equal(['join_chat']);
    expect(r.sent[0].data).to.include({ channel: 'website', create: true, token: 'site-token' });
    expect(r.socket.status.dialect).to.equal('realtime');
    expect(r.socket.openedBy).to.equal('joined');
    expect(r.memory.value).to.equal('realtime');
    expect(r.frames).to.deep.equal([{ type: 'chat_joined', data: { chat_id: 'chat-1' } }]);
  });

  it('remembered realtime: no auth at all, not even after the greeting wait', async () => {
    const r = (current = rig({ greets: true, remembered: 'realtime' }));
    r.socket.connect();
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    r.scheduler.advance(5_000);
    expect(r.sent.every((f) => f.type !== 'auth')).to.equal(true);
  });

  it('pinned guide: auth at once, even to a platform that greets, and nothing remembered', async () => {
    const r = (current = rig({ greets: true, setting: 'guide' }));
    r.socket.connect();
    await until(() => r.sent.length === 1, 'the first frame');
    expect(r.sent[0].type).to.equal('auth');
    r.scheduler.advance(3_000);
    expect(r.sent.map((f) => f.type)).to.deep.equal(['auth']);
    expect(r.memory.value).to.equal(null);
  });

  it('remembered guide, and the platform now greets: the link turns realtime and joins', async () => {
    const r = (current = rig({ greets: true, remembered: 'guide' }));
    r.socket.connect();
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.sent.map((f) => f.type)).to.deep.equal(['auth', 'join_chat']);
    expect(r.socket.status.dialect).to.equal('realtime');
    expect(r.memory.value).to.equal('realtime');
  });

  it('auto, first visit, a G3 platform that greets late: it refuses the guessed auth (4400), and the next link, soon, speaks realtime', async () => {
    const r = (current = rig({ greets: false }));
    r.socket.connect();
    await until(() => r.connections() === 1, 'the connection');
    r.scheduler.advance(GREETING_WAIT_MS);
    await until(() => r.sent.some((f) => f.type === 'auth'), 'the guessed auth');
    r.peer().close({ code: 4400, reason: 'Expected join_chat', wasClean: true });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting, not stopped');
    expect(nextDelayOf(r.socket.status)!).to.be.within(500, 2_000);
    expect(r.memory.value).to.equal('realtime');
  });

  it('auto, first visit, a platform that greets while the realtime code is still on its way: the greeting wait never turns the link to guide; it joins when the code comes', async () => {
    let arrive: () => void = () => undefined;
    const code = new Promise<void>((resolve) => (arrive = resolve)).then(() => import('../../src/socket/realtime-link.js'));
    const r = (current = rig({ greets: true, realtimeCode: () => code }));
    r.socket.connect();
    await until(() => r.connections() === 1, 'the connection');
    await until(() => (r.socket as unknown as { link: unknown }).link !== null, 'the greeting heard');
    r.scheduler.advance(GREETING_WAIT_MS * 4); // the chunk is slow: well past the greeting wait
    arrive();
    await until(() => r.sent.some((f) => f.type === 'join_chat'), 'join_chat, once the code came');
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.sent.map((f) => f.type), 'no auth: the platform greeted').to.not.include('auth');
  });

  it('pinned guide: a 4400 stops (nothing is guessed)', async () => {
    const r = (current = rig({ greets: false, setting: 'guide' }));
    r.socket.connect();
    await until(() => r.sent.some((f) => f.type === 'auth'), 'auth');
    r.peer().close({ code: 4400, reason: 'Expected join_chat', wasClean: true });
    await until(() => r.socket.status.state === SocketState.Closed, 'stopped');
    expect(r.memory.value).to.equal(null);
  });

  it('a ready platform that names no chat on join: open after a second of quiet; a question goes out as chat_message and its answer says what it answers', async () => {
    const r = (current = rig({ greets: true, answersJoin: false }));
    r.socket.connect();
    await until(() => r.sent.some((f) => f.type === 'join_chat'), 'the join');
    r.scheduler.advance(1_000);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    expect(r.socket.openedBy).to.equal('grace');
    expect(r.socket.send({ type: 'chat_message', data: { message: 'Hi', stream: true, message_id: 'q-1' }, message_id: 'q-1' })).to.equal(true);
    await until(() => r.sent.some((f) => f.type === 'chat_message'), 'the question');
    r.peer().send(JSON.stringify({ type: 'message_received', data: { chat_id: 'chat-9', message_id: 'q-1' } }));
    r.peer().send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'a-1', content: 'Hel' } }));
    r.peer().send(JSON.stringify({ type: 'response_complete', data: { message_id: 'a-1', content: 'Hello' } }));
    await until(() => r.frames.some((f) => f.type === 'response_complete'), 'the answer');
    expect(r.frames.map((f) => f.type)).to.deep.equal(['chat_joined', 'response_start', 'response_chunk', 'response_complete']);
    expect(r.frames[1]).to.deep.equal({ type: 'response_start', data: { chat_id: 'chat-9', message_id: 'a-1', reply_to: 'q-1' } });
  });

  it('answers the platform’s ping with a pong', async () => {
    const r = (current = rig({ greets: true }));
    r.socket.connect();
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    r.peer().send(JSON.stringify({ type: 'ping', timestamp: 5 }));
    await until(() => r.sent.some((f) => f.type === 'pong'), 'the pong');
  });

  it('a platform that greets and never gets ready: given up 10 s after open, and the memory goes so the next link asks again', async () => {
    const r = (current = rig({ greets: false, setting: 'auto', remembered: 'realtime' }));
    await import('../../src/socket/realtime-link.js'); // the dialect's chunk, here already: the link is made at once
    r.socket.connect();
    await until(() => r.connections() === 1, 'the connection');
    // The widget's side of the open (mock-socket delivers it a moment after the platform's), and
    // the realtime link made (its code arrives through a promise: a loaded browser takes more than
    // a tick): its join deadline, not the socket's own wait for `open`, is what this test is
    // about. (A look at the socket's private links: nothing is sent yet to observe.)
    const pending = () => (r.socket as unknown as { link: { link?: unknown } | null }).link;
    await until(() => pending()?.link != null, 'the realtime link');
    r.scheduler.advance(9_999);
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
    expect(r.memory.value).to.equal(null);
  });

  describe('its close codes', () => {
    const closeWith = async (code: number) => {
      const r = (current = rig({ greets: true }));
      r.socket.connect();
      await until(() => r.socket.status.state === SocketState.Open, 'open');
      r.peer().close({ code, reason: 'test', wasClean: true });
      await until(() => r.socket.status.state !== SocketState.Open, 'closed');
      return r;
    };
    for (const [code, problem] of [[1008, 'policy-violation'], [4400, 'policy-violation'], [4401, 'auth-failed'], [4403, 'tenant-refused'], [4408, 'policy-violation'], [4004, 'auth-failed']] as const) {
      it(`${code} stops, with no reconnect`, async () => {
        const r = await closeWith(code);
        expect(r.socket.status.state).to.equal(SocketState.Closed);
        expect(problemOf(r.socket.status)).to.equal(problem);
        r.scheduler.advance(60_000);
        expect(r.connections()).to.equal(1);
      });
    }
    it('1001 (a restart on purpose) reconnects within 0.5 to 2 s', async () => {
      const r = await closeWith(1001);
      const delay = nextDelayOf(r.socket.status)!;
      expect(delay).to.be.within(500, 2_000);
    });
    it('4003 (a rate limit) waits at least 5 s', async () => {
      const r = await closeWith(4003);
      expect(nextDelayOf(r.socket.status)!).to.be.at.least(5_000);
    });
  });
});
