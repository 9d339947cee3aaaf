import { browserPorts } from '../src/ports/browser-ports.js';
import type { BrowserPorts, Scheduler } from '../src/ports/ports.js';
import { FakeScheduler } from './fake-scheduler.js';
import { until } from './wait.js';

/** A clock that keeps pace with the wall clock and that a test can move forward at once. */
export interface JumpClock extends Scheduler {
  /** Runs at once, in order, every timer due within the next `ms` (and those they set within it). */
  jump(ms: number): void;
  /** Stops following the wall clock: from then on only `jump` moves it (or the test is over). */
  stop(): void;
}

/**
 * Real time that a test can skip: the widget's timers run as the wall clock passes, so it talks
 * to a real platform at the platform's pace, and `jump(ms)` moves its clock `ms` ahead at once. A
 * check that nothing happens for 12 s jumps 12 s and looks, rather than waiting 12 real seconds.
 * (A virtual clock alone cannot drive a real platform: sockets and fetches take real time.)
 */
export function jumpClock(random: () => number = Math.random): JumpClock {
  const virtual = new FakeScheduler(random);
  const start = Date.now();
  let followed = start;
  let following = true;
  const follow = () => {
    if (!following) return;
    const now = Date.now();
    virtual.advance(now - followed);
    followed = now;
  };
  const ticking = setInterval(follow, 4);
  return {
    setTimeout: (run, ms) => virtual.setTimeout(run, Number.isNaN(ms) ? 0 : ms),
    clearTimeout: virtual.clearTimeout,
    now: () => start + virtual.now(),
    random,
    jump: (ms) => {
      follow();
      virtual.advance(ms);
    },
    stop: () => {
      following = false;
      clearInterval(ticking);
    },
  };
}

/**
 * Moves `clock` ahead by `ms`, `stepMs` at a jump, waiting after each for `settled` (a socket's
 * attempt met its answer): what the widget does over a span of time when every step needs the
 * real platform's reply.
 */
export async function jumpInSteps(clock: JumpClock, ms: number, stepMs: number, settled: () => boolean): Promise<void> {
  for (let moved = 0; moved < ms; moved += stepMs) {
    clock.jump(stepMs);
    await until(settled, 'the step settled', 5000);
  }
}

/** What a test reads of the widget's traffic (watchedPorts). */
export interface WatchedPorts {
  ports: BrowserPorts;
  /** WebSockets made. */
  sockets(): number;
  /** Requests made. */
  fetches(): number;
  /** Requests made and not yet answered. */
  inFlight(): number;
}

/** The browser's ports on `clock`, counting every WebSocket and fetch the widget makes. */
export function watchedPorts(clock: Scheduler): WatchedPorts {
  const real = browserPorts();
  let sockets = 0;
  let fetches = 0;
  let inFlight = 0;
  class CountedWebSocket extends WebSocket {
    constructor(url: string) {
      super(url);
      sockets += 1;
    }
  }
  const ports: BrowserPorts = {
    ...real,
    scheduler: clock,
    WebSocket: CountedWebSocket,
    fetch: (input, init) => {
      fetches += 1;
      inFlight += 1;
      return real.fetch(input, init).finally(() => (inFlight -= 1));
    },
  };
  return { ports, sockets: () => sockets, fetches: () => fetches, inFlight: () => inFlight };
}

/**
 * For a test file: `clock()` makes a jump clock for the running test, stopped after it (mocha's
 * `afterEach`), so a test that fails midway leaves no clock ticking into the next.
 */
export function jumpClocks(): () => JumpClock {
  const made: JumpClock[] = [];
  afterEach(() => {
    for (const clock of made.splice(0)) clock.stop();
  });
  return () => {
    const clock = jumpClock();
    made.push(clock);
    return clock;
  };
}
