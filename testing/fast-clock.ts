import { timerDelay } from '../src/ports/browser-ports.js';
import type { Scheduler } from '../src/ports/ports.js';

/**
 * Real timers, `factor` times faster than the wall clock: for tests of long bounds (a minute
 * without an answer) against a real platform, where a virtual clock cannot wait for real
 * sockets. Every delay the widget sets, and every time it reads, moves `factor` times as fast.
 */
export function fastClock(factor: number): Scheduler {
  const start = Date.now();
  return {
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, timerDelay(ms) / factor),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
    now: () => start + (Date.now() - start) * factor,
    random: () => Math.random(),
  };
}
