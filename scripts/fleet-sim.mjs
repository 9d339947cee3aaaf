// A virtual clock and a virtual platform for thousands of ChatSockets: no timers, no network.
// Every widget is connected when the platform goes down at t=0; it comes back at `downtimeMs`.
// While down, a connection attempt fails after the connect latency (1006, or `failWith`).

export function runFleet({ ChatSocket, FakeScheduler, FakeWebSocket, seededRandom, clients, downtimeMs, seed = 1, failWith = 1006, horizonMs = 300_000, connectLatencyMs = 40, socketOptions = {} }) {
  // The tests' virtual clock (testing/fake-scheduler.ts): a heap, so 10,000 sockets run fast.
  const clock = new FakeScheduler(seededRandom(seed));
  const platform = { up: false, attempts: [] };

  // The tests' hand-driven WebSocket, played by a virtual platform that is down until downtimeMs.
  class VirtualSocket extends FakeWebSocket {
    constructor(url) {
      super(url);
      platform.attempts.push(clock.now());
      clock.setTimeout(() => {
        if (platform.up || failWith === 1011) {
          this.open();
          if (!platform.up && failWith === 1011) clock.setTimeout(() => this.serverClose(1011), 1);
        } else this.serverClose(1006);
      }, connectLatencyMs);
    }
    send(data) {
      const frame = JSON.parse(data);
      if (frame.type === 'auth' && platform.up) clock.setTimeout(() => this.receive({ type: 'auth_success', data: { session_id: 's' } }), 1);
      if (frame.type === 'ping') clock.setTimeout(() => this.receive({ type: 'pong', timestamp: frame.timestamp }), 1);
    }
    serverClose(code) {
      if (this.readyState !== 3) this.closeFromServer(code);
    }
  }

  const scheduler = clock;
  const logger = { debug() {}, warn() {}, error() {}, child() { return logger; } };
  const sockets = [];
  const backAt = new Array(clients).fill(null);
  for (let i = 0; i < clients; i += 1) {
    const socket = new ChatSocket({ url: () => 'ws://virtual', authData: () => ({}), WebSocket: VirtualSocket, scheduler, logger, ...socketOptions });
    socket.onStatus((status) => {
      if (status.state === 'open' && clock.now() >= downtimeMs && backAt[i] === null) backAt[i] = clock.now() - downtimeMs;
    });
    sockets.push(socket);
    // The widget lost its connection when the platform went down: as after a 1012 restart.
    socket.connect();
  }
  platform.attempts.length = 0; // count only the reconnections
  clock.setTimeout(() => (platform.up = true), downtimeMs);
  clock.advance(horizonMs);
  for (const s of sockets) s.disconnect();

  const perSecond = new Map();
  const per100msAfter = new Map();
  for (const t of platform.attempts) {
    perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    if (t >= downtimeMs) per100msAfter.set(Math.floor((t - downtimeMs) / 100), (per100msAfter.get(Math.floor((t - downtimeMs) / 100)) ?? 0) + 1);
  }
  const [peakSecond, peakPerSecond] = [...perSecond].reduce((best, e) => (e[1] > best[1] ? e : best), [0, 0]);
  // While down, after the first second: the average, and the busiest 5 s window, per widget per second.
  const downSeconds = Math.floor(downtimeMs / 1000);
  let whileDown = 0;
  for (let s = 1; s < downSeconds; s += 1) whileDown += perSecond.get(s) ?? 0;
  const averageWhileDown = downSeconds > 1 ? whileDown / (downSeconds - 1) / clients : 0;
  let sustained = 0;
  for (let start = 1; start + 5 <= Math.floor(downtimeMs / 1000); start += 1) {
    let sum = 0;
    for (let s = start; s < start + 5; s += 1) sum += perSecond.get(s) ?? 0;
    sustained = Math.max(sustained, sum / 5 / clients);
  }
  const back = backAt.filter((t) => t !== null).sort((a, b) => a - b);
  return {
    totalAttempts: platform.attempts.length,
    peakPerSecond,
    peakSecond,
    peakPer100msAfterReturn: Math.max(0, ...per100msAfter.values()),
    firstSecondPerWidget: (perSecond.get(0) ?? 0) / clients,
    busiest5sPerWidgetPerSecond: sustained,
    averageWhileDownPerWidgetPerSecond: averageWhileDown,
    p99BackMs: back[Math.ceil(clients * 0.99) - 1] ?? Infinity,
    allBackMs: back.length === clients ? back[back.length - 1] : Infinity,
  };
}

/**
 * Visitors with `tabs` tabs each, every tab running the widget: with the shared connection
 * (`shared`: one SharedSocket per tab, on one browser's fake Web Locks and BroadcastChannels per
 * visitor) or a socket per tab. Counts the WebSockets the platform holds, the heartbeats it
 * answers, and the attempts it refuses while it is down for `downtimeMs`. Async: the fake locks
 * and channels deliver in microtasks, let run between clock steps.
 */
export async function runTabs({ SharedSocket, ChatSocket, FakeScheduler, FakeWebSocket, seededRandom, fakeTabs, visitors, tabs, shared, downtimeMs = 30_000 }) {
  const clock = new FakeScheduler(seededRandom(tabs));
  const platform = { up: true, open: new Set(), attempts: 0, pings: 0 };
  class VirtualSocket extends FakeWebSocket {
    constructor(url) {
      super(url);
      platform.attempts += 1;
      clock.setTimeout(() => {
        if (!platform.up) return this.closeFromServer(1006);
        platform.open.add(this);
        this.open();
      }, 40);
    }
    send(data) {
      const frame = JSON.parse(data);
      if (frame.type === 'auth') clock.setTimeout(() => this.readyState === 1 && this.receive({ type: 'auth_success', data: { session_id: 's' } }), 1);
      if (frame.type === 'ping') {
        platform.pings += 1;
        clock.setTimeout(() => this.readyState === 1 && this.receive({ type: 'pong', timestamp: frame.timestamp }), 1);
      }
    }
    close(code) {
      platform.open.delete(this);
      super.close(code);
    }
  }
  const logger = { debug() {}, warn() {}, error() {}, child() { return logger; } };
  const run = async (ms) => {
    for (let t = 0; t < ms; t += 50) {
      clock.advance(50);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const sockets = [];
  for (let v = 0; v < visitors; v += 1) {
    const browser = fakeTabs();
    const own = () => new ChatSocket({ url: () => 'ws://virtual', authData: () => ({}), WebSocket: VirtualSocket, scheduler: clock, logger });
    for (let t = 0; t < tabs; t += 1) {
      const socket = shared ? new SharedSocket({ name: `visitor-${v}`, tabs: browser.tabs, createSocket: own, scheduler: clock, logger }) : own();
      sockets.push(socket);
      socket.connect();
    }
  }
  await run(5_000);
  const openPerVisitor = platform.open.size / visitors;
  const pingsBefore = platform.pings;
  await run(60_000);
  const heartbeatsPerMinute = (platform.pings - pingsBefore) / visitors;
  // The platform goes down: every link is cut, and every attempt refused until it returns.
  platform.up = false;
  const attemptsBefore = platform.attempts;
  for (const ws of [...platform.open]) {
    platform.open.delete(ws);
    ws.closeFromServer(1006);
  }
  await run(downtimeMs);
  const attemptsWhileDown = (platform.attempts - attemptsBefore) / visitors;
  for (const s of sockets) s.disconnect();
  await run(100);
  return { openPerVisitor, heartbeatsPerMinute, attemptsWhileDown };
}
