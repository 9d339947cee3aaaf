/**
 * Exponential backoff with "equal" jitter: attempt n waits a fresh random delay in
 * [ceiling/2, ceiling], ceiling = min(cap, base · 2^n), drawn anew every attempt, so a fleet of
 * widgets that lost the same platform spreads its reconnects instead of arriving in waves.
 *
 * The numbers come from the fleet benchmark (`npm run bench -- fleet`, README "Reconnecting",
 * where the trade-off curve is):
 * - half the window is a floor, so no widget comes straight back: the first second after a drop
 *   sees no attempt at all (full jitter's [0, ceiling] sent 1.2 per widget into it);
 * - the 5 s base (first retry between 2.5 and 5 s) is the smallest that keeps every 5 s of an
 *   outage at 0.2 attempts per widget per second or less; a shorter one retries sooner after a
 *   blip but sends up to twice that early on. (A blip the browser notices, going offline and
 *   back, reconnects at once anyway: socket `wake()`.)
 * - the 10 s cap holds a platform that is down to about 0.13 attempts per widget per second
 *   (one every 5 to 10 s), and brings 99% of a fleet back within 10 s of its return, however
 *   long it was gone.
 */
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  random: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 5000, capMs: 10_000 } as const;

export class Backoff {
  readonly baseMs: number;
  readonly capMs: number;
  private readonly random: () => number;
  private attempts = 0;

  constructor(options: BackoffOptions) {
    this.baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
    this.capMs = options.capMs ?? DEFAULT_BACKOFF.capMs;
    this.random = options.random;
  }

  /** How many delays have been handed out since the last reset. */
  get attempt(): number {
    return this.attempts;
  }

  /** The upper bound of the window the next delay is drawn from. */
  ceilingMs(attempt = this.attempts): number {
    // 2^attempt overflows to Infinity long after the cap applies; min() keeps it finite.
    return Math.min(this.capMs, this.baseMs * 2 ** attempt);
  }

  /**
   * The delay before the next attempt. `floorMs` raises the lower bound (never above the
   * cap): used for "slow retries" after a server error, so a platform that accepts and then
   * fails at once is not hammered however the dice fall.
   */
  next(floorMs = 0): number {
    const ceiling = this.ceilingMs();
    this.attempts += 1;
    const floor = Math.min(Math.max(0, floorMs), this.capMs);
    const jittered = ceiling / 2 + this.random() * (ceiling / 2);
    return Math.round(Math.min(this.capMs, Math.max(floor, jittered)));
  }

  reset(): void {
    this.attempts = 0;
  }
}
