/**
 * Exponential backoff with full jitter: attempt n waits a fresh random delay in
 * [floor, min(cap, base * 2^n)], drawn anew every attempt so a fleet of widgets that lost
 * the same platform spreads its reconnects instead of arriving in waves.
 */
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  random: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 1000, capMs: 30_000 } as const;

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
    const jittered = this.random() * ceiling;
    return Math.round(Math.min(this.capMs, Math.max(floor, jittered)));
  }

  reset(): void {
    this.attempts = 0;
  }
}
