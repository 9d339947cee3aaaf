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

/** A virtual clock: timers run only when the test advances time. */
export class FakeScheduler implements Scheduler {
  private clock = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  constructor(readonly random: () => number = seededRandom(1)) {}

  now = (): number => this.clock;

  setTimeout = (run: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.clock + Math.max(0, ms), run });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  get pending(): number {
    return this.timers.size;
  }

  /** Moves the clock forward, running due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const until = this.clock + ms;
    for (;;) {
      let next: [number, { at: number; run: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= until && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.clock = next[1].at;
      next[1].run();
    }
    this.clock = until;
  }

  /** Moves only the wall clock (a throttled background tab whose timers did not fire). */
  jump(ms: number): void {
    this.clock += ms;
  }
}
