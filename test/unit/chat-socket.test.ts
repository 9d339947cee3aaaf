import { expect } from '@open-wc/testing';
import { Server, WebSocket as MockWebSocket } from 'mock-socket';
import { silentLogger } from '../../src/log/logger.js';
import type { ServerFrame } from '../../src/protocol/types.js';
import type { WebSocketFactory } from '../../src/ports/ports.js';
import { ChatSocket } from '../../src/socket/chat-socket.js';
import { SocketState } from '../../src/protocol/connection.js';
import { nextDelayOf, problemOf } from '../../src/socket/socket-status.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { fakeWebSockets } from '../../testing/fake-websocket.js';
import { until } from '../../testing/wait.js';

let urlCounter = 0;
const AUTH = { tenant_id: 'miptech-company', session_id: 's-1', user_agent: 'test', page_url: 'http://x/' };

interface Rig {
  server: Server;
  socket: ChatSocket;
  scheduler: FakeScheduler;
  received: unknown[];
  frames: ServerFrame[];
  connections: number;
  peer: () => import('mock-socket').Client;
}

/** A mock platform: records what the client sends; answers auth unless told not to. */
function rig(options: { autoAuth?: boolean; random?: () => number } = {}): Rig {
  const url = `ws://platform.test:${1000 + urlCounter++}/api/v1/ws/chat?tenant_id=miptech-company&session_id=s-1`;
  // mock: false leaves the global WebSocket alone: the socket gets mock-socket's class injected.
  const server = new Server(url, { mock: false });
  const scheduler = new FakeScheduler(options.random);
  const state: Rig = {
    server,
    scheduler,
    received: [],
    frames: [],
    connections: 0,
    socket: new ChatSocket({
      url: () => url,
      authData: () => AUTH,
      WebSocket: MockWebSocket as unknown as WebSocketFactory,
      scheduler,
      logger: silentLogger,
    }),
    peer: () => server.clients()[server.clients().length - 1],
  };
  server.on('connection', (client) => {
    state.connections += 1;
    client.on('message', (data) => {
      const frame = JSON.parse(String(data));
      state.received.push(frame);
      if (frame.type === 'auth' && options.autoAuth !== false) {
        client.send(JSON.stringify({ type: 'auth_success', data: { session_id: 's-1', protocol: 1 } }));
      }
    });
  });
  state.socket.onFrame((f) => state.frames.push(f));
  return state;
}

let current: Rig | null = null;
afterEach(() => {
  current?.socket.disconnect();
  current?.server.stop();
  current = null;
});

async function openRig(options?: Parameters<typeof rig>[0]) {
  current = rig(options);
  current.socket.connect();
  await until(() => current!.socket.status.state === SocketState.Open, 'open');
  return current;
}

describe('ChatSocket with mock-socket', () => {
  it('sends the auth frame first and is open only after auth_success', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    await until(() => r.received.length === 1, 'auth frame');
    expect(r.received[0]).to.deep.equal({ type: 'auth', data: AUTH });
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    r.peer().send(JSON.stringify({ type: 'auth_success', data: { session_id: 's-1' } }));
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.socket.status.attempt).to.equal(1);
  });

  it('a frame of ours before any auth_success: the platform took auth without a word, so the link is open and the frame goes on', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    await until(() => r.received.length === 1, 'auth frame');
    r.peer().send(JSON.stringify({ type: 'message', data: { message: { id: 'm', chat_id: 'c', seq: 1, role: 'assistant', content: 'x', created_at: 'now' } } }));
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.socket.openedBy).to.equal('frame');
    expect(r.frames.map((f) => f.type)).to.deep.equal(['message']);
  });

  it('reauth() sends auth again on the open link, and its acknowledgement is forwarded (the session catches up)', async () => {
    const r = await openRig();
    const before = r.received.length;
    r.socket.reauth();
    await until(() => r.received.length === before + 1, 'a second auth');
    expect((r.received[before] as { type: string }).type).to.equal('auth');
    // (the rig's platform acknowledges every auth)
    await until(() => r.frames.length === 1, 'the acknowledgement');
    expect(r.frames[0].type).to.equal('auth_success');
    expect(r.socket.status.state).to.equal(SocketState.Open);
  });

  it('forwards valid frames once open, drops and counts malformed ones', async () => {
    const r = await openRig();
    r.peer().send('not json');
    r.peer().send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'm', index: -1, delta: 'x' } }));
    r.peer().send(JSON.stringify({ type: 'some_future_frame', data: {} }));
    r.peer().send(JSON.stringify({ type: 'typing', data: { is_typing: true } }));
    await until(() => r.frames.length === 1, 'typing frame');
    expect(r.frames[0]).to.deep.equal({ type: 'typing', data: { is_typing: true } });
    expect(r.socket.status.droppedFrames).to.equal(2);
  });

  it('a platform that never sends auth_success: after 2 s with no close and no error the link counts as open, once, with no reconnect', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    await until(() => r.received.length === 1, 'auth frame');
    r.scheduler.advance(1_999);
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    expect(r.socket.openedBy).to.equal('grace');
    expect(r.socket.acknowledgement).to.equal(null);
    // It stays open (until the heartbeat judges it), on the same WebSocket.
    r.scheduler.advance(20_000);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    expect(r.server.clients()).to.have.length(1);
  });

  it('pings every 25 s and reconnects when no pong comes within 10 s', async () => {
    const r = await openRig();
    r.scheduler.advance(24_999);
    expect(r.received.filter((f) => (f as { type?: string }).type === 'ping')).to.have.length(0);
    r.scheduler.advance(1);
    await until(() => r.received.some((f) => (f as { type?: string }).type === 'ping'), 'ping');
    expect((r.received.at(-1) as { timestamp?: number }).timestamp).to.equal(25_000);
    r.scheduler.advance(9_999);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
    expect(problemOf(r.socket.status)).to.equal('heartbeat-timeout');
  });

  it('a platform that neither acknowledges auth nor answers ping is not redialled every 35 s', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    await until(() => r.received.length === 1, 'auth frame');
    r.scheduler.advance(2_000);
    expect(r.socket.openedBy).to.equal('grace');
    r.scheduler.advance(25_000 + 10_000 + 60_000);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    expect(r.server.clients()).to.have.length(1);
  });

  it('stays open when pongs come back', async () => {
    const r = await openRig();
    r.server.on('connection', () => undefined);
    const client = r.peer();
    client.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'ping') client.send(JSON.stringify({ type: 'pong', timestamp: frame.timestamp }));
    });
    for (let i = 0; i < 3; i += 1) {
      r.scheduler.advance(i === 0 ? 25_000 : 15_000); // pings at 25 s, 50 s, 75 s
      // The pong heard clears its deadline: one timer fewer on the clock.
      const awaitingPong = r.scheduler.pending;
      await until(() => r.received.filter((f) => (f as { type?: string }).type === 'ping').length === i + 1, `ping ${i + 1}`);
      await until(() => r.scheduler.pending === awaitingPong - 1, `pong ${i + 1} heard`);
      r.scheduler.advance(10_000);
      expect(r.socket.status.state, `after ping ${i + 1}`).to.equal(SocketState.Open);
    }
  });

  it('judges a silent link dead by the wall clock before a send (throttled tab)', async () => {
    const r = await openRig();
    r.scheduler.jump(35_001); // timers did not run, as in a hidden tab
    expect(r.socket.send({ type: 'ping', timestamp: 0 })).to.equal(false);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
  });

  it('reconnects after the backoff delay: nothing at delay-1, an attempt at delay', async () => {
    const r = await openRig({ random: () => 0.5 });
    r.peer().close({ code: 1006, reason: 'gone', wasClean: false });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    const delay = nextDelayOf(r.socket.status)!;
    expect(delay).to.equal(3750); // [2.5, 5] s for the first retry; the middle of it
    r.scheduler.advance(delay - 1);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    await until(() => r.socket.status.state === SocketState.Open, 'reopened');
    expect(r.connections).to.equal(2);
  });

  it('grows the window on every failed attempt and resets it only after 5 s open', async () => {
    const r = await openRig({ random: () => 0.9999 });
    const delays: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      r.peer().close({ code: 1006, reason: '', wasClean: false });
      await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
      delays.push(nextDelayOf(r.socket.status)!);
      r.scheduler.advance(nextDelayOf(r.socket.status)!);
      await until(() => r.socket.status.state === SocketState.Open, 'open');
      r.scheduler.advance(4_999); // not yet stable
    }
    expect(delays).to.deep.equal([5000, 10_000, 10_000]);
    r.scheduler.advance(1);
    expect(r.socket.status.attempt).to.equal(0);
    r.peer().close({ code: 1006, reason: '', wasClean: false });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    expect(nextDelayOf(r.socket.status)).to.equal(5000);
  });

  it('1011: "server error" and slow retries (never sooner than 2 s)', async () => {
    const r = await openRig({ random: () => 0 });
    r.peer().close({ code: 1011, reason: 'vector store init failed', wasClean: true });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    expect(problemOf(r.socket.status)).to.equal('server-error');
    expect(r.socket.status.lastCloseCode).to.equal(1011);
    expect(nextDelayOf(r.socket.status)).to.equal(2500); // the 2 s floor, under the first window's 2.5 s
  });

  for (const [code, problem] of [
    [4001, 'auth-failed'],
    [4003, 'tenant-refused'],
    [4008, 'policy-violation'],
  ] as const) {
    it(`${code}: stops with a clear problem and never reconnects`, async () => {
      const r = await openRig();
      r.peer().close({ code, reason: 'no', wasClean: true });
      await until(() => r.socket.status.state === SocketState.Closed, 'closed');
      expect(problemOf(r.socket.status)).to.equal(problem);
      expect(r.scheduler.pending).to.equal(0);
      r.scheduler.advance(120_000);
      expect(r.connections).to.equal(1);
    });
  }

  it('4029: waits at least retry_after_ms from the error frame', async () => {
    const r = await openRig({ random: () => 0 });
    r.peer().send(JSON.stringify({ type: 'error', data: { code: 'rate_limited', message: 'slow down', retry_after_ms: 7000 } }));
    await until(() => r.frames.length === 1, 'error frame');
    r.peer().close({ code: 4029, reason: '', wasClean: true });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    expect(nextDelayOf(r.socket.status)).to.equal(7000);
    expect(problemOf(r.socket.status)).to.equal('rate-limited');
  });

  it('a manual disconnect closes with 1000 and does not reconnect', async () => {
    const r = await openRig();
    let closeCode = 0;
    (r.peer() as unknown as EventTarget).addEventListener('close', (event) => (closeCode = (event as CloseEvent).code));
    r.socket.disconnect();
    expect(r.socket.status.state).to.equal(SocketState.Closed);
    expect(problemOf(r.socket.status)).to.equal(null);
    await until(() => closeCode !== 0, 'server saw the close');
    expect(closeCode).to.equal(1000);
    r.scheduler.advance(120_000);
    expect(r.connections).to.equal(1);
    expect(r.scheduler.pending).to.equal(0);
  });

  it('suspended: no attempts are spent; resuming attempts at once', async () => {
    const r = await openRig();
    r.socket.setSuspended(true);
    r.peer().close({ code: 1006, reason: '', wasClean: false });
    await until(() => r.socket.status.state === SocketState.Suspended, 'suspended');
    r.scheduler.advance(120_000);
    expect(r.connections).to.equal(1);
    r.socket.setSuspended(false);
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    await until(() => r.socket.status.state === SocketState.Open, 'open again');
  });
});

describe('ChatSocket generations', () => {
  it('ignores late events from an old socket and detaches its listeners', () => {
    const scheduler = new FakeScheduler(() => 0);
    const sockets = fakeWebSockets();
    const socket = new ChatSocket({ url: () => 'ws://x', authData: () => AUTH, WebSocket: sockets.WebSocket, scheduler, logger: silentLogger });
    const frames: ServerFrame[] = [];
    const problems: (string | null)[] = [];
    socket.onFrame((f) => frames.push(f));
    socket.onStatus((s) => problems.push(problemOf(s)));
    socket.connect();
    const first = sockets.instances[0];
    first.readyState = 1;
    first.fire('open');
    first.fire('message', { data: JSON.stringify({ type: 'auth_success', data: { session_id: 's' } }) });
    expect(socket.status.state).to.equal(SocketState.Open);
    scheduler.jump(40_000);
    socket.wake(); // the page is back: dead by the wall clock, so replaced
    scheduler.advance(2500); // after the shortest first retry
    const second = sockets.instances[1];
    expect(second).to.exist;
    expect(first.closedWith).to.equal(4000);
    expect(first.listenerCount()).to.equal(0);
    // The old socket's events, delivered late anyway, change nothing.
    first.fire('message', { data: JSON.stringify({ type: 'typing', data: { is_typing: true } }) });
    first.fire('close', { code: 1011, reason: 'late' });
    expect(frames).to.deep.equal([]);
    expect(socket.status.state).to.equal(SocketState.Connecting);
    expect(problems).to.include('heartbeat-timeout');
  });
});

describe('ChatSocket on a fake clock', () => {
  const make = (options: Partial<ConstructorParameters<typeof ChatSocket>[0]> = {}) => {
    const scheduler = new FakeScheduler(() => 0.5);
    const sockets = fakeWebSockets();
    const socket = new ChatSocket({ url: () => 'ws://x', authData: () => AUTH, WebSocket: sockets.WebSocket, scheduler, logger: silentLogger, ...options });
    return { scheduler, sockets, socket };
  };

  it('with no WebSocket at all: blocked at once, and never retried', () => {
    const { scheduler, socket } = make({ WebSocket: undefined });
    const states: string[] = [];
    socket.onStatus((s) => states.push(`${s.state}/${problemOf(s)}`));
    socket.connect();
    expect(socket.status).to.include({ state: SocketState.Closed, problem: 'blocked' });
    scheduler.advance(600_000);
    socket.wake(); // the network coming back does not make a WebSocket appear
    expect(states).to.deep.equal(['connecting/null', 'closed/blocked']);
  });

  it('on a page whose policy already refused the socket (a tab taking the connection over): blocked, with no attempt', () => {
    const { scheduler, sockets, socket } = make({ blocked: () => true });
    socket.connect();
    expect(socket.status).to.include({ state: SocketState.Closed, problem: 'blocked' });
    scheduler.advance(600_000);
    expect(sockets.instances).to.have.length(0);
  });

  it('with a WebSocket constructor that throws (a CSP block in some browsers): blocked, never retried', () => {
    const Refusing = class {
      constructor() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    } as unknown as WebSocketFactory;
    const { scheduler, socket } = make({ WebSocket: Refusing });
    socket.connect();
    scheduler.advance(600_000);
    expect(socket.status).to.include({ state: SocketState.Closed, problem: 'blocked', attempt: 1 });
  });

  it('block() (the page reported a connect-src violation): drops the link, stops retrying', () => {
    const { scheduler, sockets, socket } = make();
    socket.connect();
    sockets.instances[0].fire('close', { code: 1006, reason: '' }); // how Chromium reports the block
    expect(socket.status.state).to.equal(SocketState.Waiting);
    socket.block();
    scheduler.advance(600_000);
    expect(sockets.instances).to.have.length(1);
    expect(socket.status).to.include({ state: SocketState.Closed, problem: 'blocked' });
  });

  it('gives up on a WebSocket whose open never comes: nothing at 9,999 ms, a retry at 10 s', () => {
    const { scheduler, sockets, socket } = make();
    socket.connect();
    scheduler.advance(9_999);
    expect(socket.status.state).to.equal(SocketState.Connecting);
    scheduler.advance(1);
    expect(socket.status).to.include({ state: SocketState.Waiting, problem: 'unreachable' });
    expect(sockets.instances[0].closedWith).to.equal(4000);
    expect(sockets.instances[0].listenerCount()).to.equal(0);
  });

  it('an error frame answering auth is no acknowledgement: the link is not taken as open, and is given up after the grace period', () => {
    const { scheduler, sockets, socket } = make({ authGraceMs: 3_000 });
    socket.connect();
    scheduler.advance(9_000);
    sockets.last().open();
    sockets.last().receive({ type: 'error', data: { code: 'unauthorized', message: 'no' } });
    scheduler.advance(2_999);
    expect(socket.status.state).to.equal(SocketState.Connecting);
    scheduler.advance(1);
    expect(socket.status).to.include({ state: SocketState.Waiting, problem: 'unreachable' });
    expect(socket.openedBy).to.equal(null);
  });

  it('4029: waits at least the retry_after_ms the close reason asks for', () => {
    const { scheduler, sockets, socket } = make();
    socket.connect();
    sockets.last().open();
    sockets.last().receive({ type: 'auth_success', data: { session_id: 's' } });
    sockets.last().closeFromServer(4029, 'slow down, retry_after_ms=7000');
    expect(nextDelayOf(socket.status)).to.equal(7000);
    scheduler.advance(6_999);
    expect(sockets.instances).to.have.length(1);
    scheduler.advance(1);
    expect(sockets.instances).to.have.length(2);
  });

  for (const [name, frame] of [
    ['1e12', '{"type":"error","data":{"code":"rate_limited","message":"m","retry_after_ms":1e12}}'],
    ['1e309 (Infinity once parsed)', '{"type":"error","data":{"code":"rate_limited","message":"m","retry_after_ms":1e309}}'],
  ] as const) {
    it(`4029 after an error frame asking for retry_after_ms ${name}: a bounded wait, never a flood`, () => {
      const { scheduler, sockets, socket } = make();
      for (let round = 0; round < 3; round += 1) {
        socket.connect();
        sockets.last().open();
        sockets.last().receive(frame); // a string goes as it is
        sockets.last().closeFromServer(4029, 'rate limited');
        const delay = nextDelayOf(socket.status)!;
        expect(delay, 'waits').to.be.greaterThan(0);
        expect(delay, 'at most 5 minutes').to.be.at.most(300_000);
        scheduler.advance(delay);
      }
      expect(sockets.instances.length).to.be.at.most(4);
    });
  }

  it('4029 whose reason asks for 999,999,999 ms waits 5 minutes, not 11.5 days', () => {
    const { sockets, socket } = make();
    socket.connect();
    sockets.last().open();
    sockets.last().closeFromServer(4029, 'retry_after_ms=999999999');
    expect(nextDelayOf(socket.status)).to.equal(300_000);
  });

  it('a socket closed on purpose stays closed until asked; wake() after leave() reopens it', () => {
    const { scheduler, sockets, socket } = make();
    socket.connect();
    socket.disconnect('Page hidden');
    scheduler.advance(120_000);
    expect(sockets.instances).to.have.length(1);
    expect(socket.status).to.include({ state: SocketState.Closed, problem: null });
    socket.wake();
    expect(sockets.instances).to.have.length(2);
  });

  it('a terminal close stays closed on wake(); connect() (Retry) reopens it', () => {
    const { sockets, socket } = make();
    socket.connect();
    sockets.last().open();
    sockets.last().closeFromServer(4003, 'Unknown tenant');
    expect(socket.status).to.include({ state: SocketState.Closed, problem: 'tenant-refused', lastCloseCode: 4003 });
    socket.wake();
    expect(sockets.instances).to.have.length(1);
    socket.connect();
    expect(sockets.instances).to.have.length(2);
  });
});
