import type { Scheduler } from '../src/ports/ports.js';

/** A seeded PRNG (mulberry32): the same seed gives the same jitter every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Timer {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

/**
 * A virtual clock: timers run only when the test advances time, in time order (ties in the
 * order they were set). A binary heap, so the benchmark can run 10,000 sockets on it too.
 */
export class FakeScheduler implements Scheduler {
  private clock = 0;
  private seq = 0;
  private live = 0;
  private readonly heap: Timer[] = [];

  constructor(readonly random: () => number = seededRandom(1)) {}

  now = (): number => this.clock;

  setTimeout = (run: () => void, ms: number): Timer => {
    const timer = { at: this.clock + Math.max(0, ms), seq: this.seq++, run, cancelled: false };
    this.push(timer);
    this.live += 1;
    return timer;
  };

  clearTimeout = (handle: unknown): void => {
    const timer = handle as Timer | undefined;
    if (!timer || timer.cancelled) return;
    timer.cancelled = true;
    this.live -= 1;
  };

  /** Timers set and not yet run or cleared. */
  get pending(): number {
    return this.live;
  }

  /** Moves the clock forward, running due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const until = this.clock + ms;
    while (this.heap.length > 0 && this.heap[0].at <= until) {
      const timer = this.pop();
      if (timer.cancelled) continue;
      timer.cancelled = true;
      this.live -= 1;
      this.clock = timer.at;
      timer.run();
    }
    this.clock = until;
  }

  /** Moves only the wall clock (a throttled background tab whose timers did not fire). */
  jump(ms: number): void {
    this.clock += ms;
  }

  private before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    heap.push(timer);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.before(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  private pop(): Timer {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l], heap[m])) m = l;
        if (r < heap.length && this.before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  }
}
