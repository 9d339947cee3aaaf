/**
 * Time and chance, injected: the socket, backoff and session never touch globals, so tests
 * drive them with a fake clock and a seeded random.
 */
export type TimerHandle = unknown;

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Wall-clock milliseconds. Used to judge link liveness, since hidden tabs throttle timers. */
  now(): number;
  /** A number in [0, 1). */
  random(): number;
}

export const browserScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  now: () => Date.now(),
  random: () => Math.random(),
};
