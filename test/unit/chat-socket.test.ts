import { expect } from '@open-wc/testing';
import { Server, WebSocket as MockWebSocket } from 'mock-socket';
import { silentLogger } from '../../src/log/logger.js';
import type { ServerFrame } from '../../src/protocol/types.js';
import { ChatSocket, type WebSocketFactory } from '../../src/socket/chat-socket.js';
import { SocketState } from '../../src/socket/socket-state.js';
import { FakeScheduler } from '../helpers/fake-scheduler.js';
import { until } from '../helpers/wait.js';

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
  const server = new Server(url);
  const scheduler = new FakeScheduler(options.random);
  const state: Rig = {
    server,
    scheduler,
    received: [],
    frames: [],
    connections: 0,
    socket: new ChatSocket({
      url,
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

  it('does not forward frames that arrive before auth_success', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    await until(() => r.received.length === 1, 'auth frame');
    r.peer().send(JSON.stringify({ type: 'message', data: { message: { id: 'm', chat_id: 'c', seq: 1, role: 'assistant', content: 'x', created_at: 'now' } } }));
    r.peer().send(JSON.stringify({ type: 'auth_success', data: { session_id: 's-1' } }));
    await until(() => r.socket.status.state === SocketState.Open, 'open');
    expect(r.frames).to.deep.equal([]);
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

  it('fails the handshake when auth_success never comes', async () => {
    current = rig({ autoAuth: false });
    const r = current;
    r.socket.connect();
    await until(() => r.received.length === 1, 'auth frame');
    r.scheduler.advance(9_999);
    expect(r.socket.status.state).to.equal(SocketState.Connecting);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
  });

  it('pings every 25 s and reconnects when no pong comes within 10 s', async () => {
    const r = await openRig();
    r.scheduler.advance(24_999);
    expect(r.received.filter((f: any) => f.type === 'ping')).to.have.length(0);
    r.scheduler.advance(1);
    await until(() => r.received.some((f: any) => f.type === 'ping'), 'ping');
    expect((r.received.at(-1) as any).timestamp).to.equal(25_000);
    r.scheduler.advance(9_999);
    expect(r.socket.status.state).to.equal(SocketState.Open);
    r.scheduler.advance(1);
    expect(r.socket.status.state).to.equal(SocketState.Waiting);
    expect(r.socket.status.problem).to.equal('heartbeat-timeout');
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
      await until(() => r.received.filter((f: any) => f.type === 'ping').length === i + 1, `ping ${i + 1}`);
      await new Promise((res) => setTimeout(res, 20));
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
    const delay = r.socket.status.nextDelayMs!;
    expect(delay).to.equal(500);
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
      delays.push(r.socket.status.nextDelayMs!);
      r.scheduler.advance(r.socket.status.nextDelayMs!);
      await until(() => r.socket.status.state === SocketState.Open, 'open');
      r.scheduler.advance(4_999); // not yet stable
    }
    expect(delays).to.deep.equal([1000, 2000, 4000]);
    r.scheduler.advance(1);
    expect(r.socket.status.attempt).to.equal(0);
    r.peer().close({ code: 1006, reason: '', wasClean: false });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    expect(r.socket.status.nextDelayMs).to.equal(1000);
  });

  it('1011: "server error" and slow retries (never sooner than 2 s)', async () => {
    const r = await openRig({ random: () => 0 });
    r.peer().close({ code: 1011, reason: 'vector store init failed', wasClean: true });
    await until(() => r.socket.status.state === SocketState.Waiting, 'waiting');
    expect(r.socket.status.problem).to.equal('server-error');
    expect(r.socket.status.lastCloseCode).to.equal(1011);
    expect(r.socket.status.nextDelayMs).to.equal(2000);
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
      expect(r.socket.status.problem).to.equal(problem);
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
    expect(r.socket.status.nextDelayMs).to.equal(7000);
    expect(r.socket.status.problem).to.equal('rate-limited');
  });

  it('a manual disconnect closes with 1000 and does not reconnect', async () => {
    const r = await openRig();
    let closeCode = 0;
    (r.peer() as unknown as EventTarget).addEventListener('close', (event) => (closeCode = (event as CloseEvent).code));
    r.socket.disconnect();
    expect(r.socket.status.state).to.equal(SocketState.Closed);
    expect(r.socket.status.problem).to.equal(null);
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

/** A WebSocket whose events the test fires by hand, to deliver events late on purpose. */
class HandWebSocket {
  static instances: HandWebSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  closedWith: number | null = null;
  private listeners: Record<string, Set<(e: any) => void>> = {};
  constructor(readonly url: string) {
    HandWebSocket.instances.push(this);
  }
  addEventListener(type: string, fn: (e: any) => void) {
    (this.listeners[type] ??= new Set()).add(fn);
  }
  removeEventListener(type: string, fn: (e: any) => void) {
    this.listeners[type]?.delete(fn);
  }
  listenerCount() {
    return Object.values(this.listeners).reduce((n, s) => n + s.size, 0);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedWith = code;
    this.readyState = 3;
  }
  fire(type: string, event: any = {}) {
    for (const fn of [...(this.listeners[type] ?? [])]) fn(event);
  }
}

describe('ChatSocket generations', () => {
  beforeEach(() => (HandWebSocket.instances = []));

  it('ignores late events from an old socket and detaches its listeners', () => {
    const scheduler = new FakeScheduler(() => 0);
    const socket = new ChatSocket({ url: 'ws://x', authData: () => AUTH, WebSocket: HandWebSocket as unknown as WebSocketFactory, scheduler, logger: silentLogger });
    const frames: ServerFrame[] = [];
    socket.onFrame((f) => frames.push(f));
    socket.connect();
    const first = HandWebSocket.instances[0];
    first.readyState = 1;
    first.fire('open');
    first.fire('message', { data: JSON.stringify({ type: 'auth_success', data: { session_id: 's' } }) });
    expect(socket.status.state).to.equal(SocketState.Open);
    scheduler.jump(40_000);
    socket.checkAlive(); // dead by the wall clock: replaced
    scheduler.advance(0);
    const second = HandWebSocket.instances[1];
    expect(second).to.exist;
    expect(first.closedWith).to.equal(4000);
    expect(first.listenerCount()).to.equal(0);
    // The old socket's events, delivered late anyway, change nothing.
    first.fire('message', { data: JSON.stringify({ type: 'typing', data: { is_typing: true } }) });
    first.fire('close', { code: 1011, reason: 'late' });
    expect(frames).to.deep.equal([]);
    expect(socket.status.state).to.equal(SocketState.Connecting);
    expect(socket.status.problem).to.equal('heartbeat-timeout');
  });
});
