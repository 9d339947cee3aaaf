// A virtual clock and a virtual platform for thousands of ChatSockets: no timers, no network.
// Every widget is connected when the platform goes down at t=0; it comes back at `downtimeMs`.
// While down, a connection attempt fails after the connect latency (1006, or `failWith`).

class Clock {
  now = 0;
  queue = [];
  seq = 0;
  setTimeout = (run, ms) => {
    const timer = { at: this.now + Math.max(0, ms), run, seq: this.seq++, cancelled: false };
    this.push(timer);
    return timer;
  };
  clearTimeout = (timer) => {
    if (timer) timer.cancelled = true;
  };
  push(timer) {
    const q = this.queue;
    q.push(timer);
    let i = q.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(q[parent], q[i])) break;
      [q[parent], q[i]] = [q[i], q[parent]];
      i = parent;
    }
  }
  before(a, b) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }
  pop() {
    const q = this.queue;
    const top = q[0];
    const last = q.pop();
    if (q.length > 0) {
      q[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < q.length && this.before(q[l], q[m])) m = l;
        if (r < q.length && this.before(q[r], q[m])) m = r;
        if (m === i) break;
        [q[m], q[i]] = [q[i], q[m]];
        i = m;
      }
    }
    return top;
  }
  runUntil(limit) {
    while (this.queue.length > 0 && this.queue[0].at <= limit) {
      const timer = this.pop();
      this.now = timer.at;
      if (!timer.cancelled) timer.run();
    }
    this.now = limit;
  }
}

export function runFleet({ ChatSocket, seededRandom, clients, downtimeMs, seed = 1, failWith = 1006, horizonMs = 300_000, connectLatencyMs = 40 }) {
  const clock = new Clock();
  const random = seededRandom(seed);
  const platform = { up: false, attempts: [] };

  class VirtualSocket {
    constructor() {
      this.readyState = 0;
      this.listeners = { open: [], message: [], close: [] };
      platform.attempts.push(clock.now);
      clock.setTimeout(() => {
        if (platform.up || failWith === 1011) {
          this.readyState = 1;
          this.emit('open', {});
          if (!platform.up && failWith === 1011) clock.setTimeout(() => this.serverClose(1011), 1);
        } else this.serverClose(1006);
      }, connectLatencyMs);
    }
    addEventListener(type, fn) { this.listeners[type].push(fn); }
    removeEventListener(type, fn) { this.listeners[type] = this.listeners[type].filter((f) => f !== fn); }
    emit(type, event) { for (const fn of [...this.listeners[type]]) fn(event); }
    send(data) {
      const frame = JSON.parse(data);
      if (frame.type === 'auth' && platform.up) clock.setTimeout(() => this.emit('message', { data: JSON.stringify({ type: 'auth_success', data: { session_id: 's' } }) }), 1);
      if (frame.type === 'ping') clock.setTimeout(() => this.emit('message', { data: JSON.stringify({ type: 'pong', timestamp: frame.timestamp }) }), 1);
    }
    close() { this.readyState = 3; }
    serverClose(code) {
      if (this.readyState === 3) return;
      this.readyState = 3;
      this.emit('close', { code, reason: '' });
    }
  }

  const scheduler = { setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout, now: () => clock.now, random };
  const logger = { debug() {}, warn() {}, error() {}, child() { return logger; } };
  const sockets = [];
  const backAt = new Array(clients).fill(null);
  for (let i = 0; i < clients; i += 1) {
    const socket = new ChatSocket({ url: 'ws://virtual', authData: () => ({}), WebSocket: VirtualSocket, scheduler, logger });
    socket.onStatus((status) => {
      if (status.state === 'open' && clock.now >= downtimeMs && backAt[i] === null) backAt[i] = clock.now - downtimeMs;
    });
    sockets.push(socket);
    // The widget lost its connection when the platform went down: as after a 1012 restart.
    socket.connect();
  }
  platform.attempts.length = 0; // count only the reconnections
  clock.setTimeout(() => (platform.up = true), downtimeMs);
  clock.runUntil(horizonMs);
  for (const s of sockets) s.disconnect();

  const perSecond = new Map();
  const per100msAfter = new Map();
  for (const t of platform.attempts) {
    perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    if (t >= downtimeMs) per100msAfter.set(Math.floor((t - downtimeMs) / 100), (per100msAfter.get(Math.floor((t - downtimeMs) / 100)) ?? 0) + 1);
  }
  const [peakSecond, peakPerSecond] = [...perSecond].reduce((best, e) => (e[1] > best[1] ? e : best), [0, 0]);
  const back = backAt.filter((t) => t !== null).sort((a, b) => a - b);
  return {
    totalAttempts: platform.attempts.length,
    peakPerSecond,
    peakSecond,
    peakPer100msAfterReturn: Math.max(0, ...per100msAfter.values()),
    p99BackMs: back[Math.ceil(clients * 0.99) - 1] ?? Infinity,
    allBackMs: back.length === clients ? back[back.length - 1] : Infinity,
  };
}
