/**
 * The REST fallback's clock: while `due()` holds, runs `poll()` after a delay that starts
 * around 2 s and doubles up to 15 s, jittered so a fleet does not poll in step. Some networks
 * never let a WebSocket through, and any socket can be down for a while.
 */
import type { Logger } from '../log/logger.js';
import type { Scheduler, TimerHandle } from '../ports/ports.js';

export const POLL_FIRST_MS = 2_000;
export const POLL_CAP_MS = 15_000;

export class HistoryPoller {
  private timer: TimerHandle | null = null;
  private attempt = 0;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly due: () => boolean,
    private readonly poll: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Schedules the next poll if one is due and none is pending. */
  schedule(): void {
    if (this.timer !== null || !this.due()) return;
    const ceiling = Math.min(POLL_CAP_MS, POLL_FIRST_MS * 2 ** this.attempt);
    const delay = Math.round(ceiling / 2 + (this.scheduler.random() * ceiling) / 2);
    this.timer = this.scheduler.setTimeout(() => {
      this.timer = null;
      if (!this.due()) return void (this.attempt = 0);
      this.attempt += 1;
      this.logger.debug(`polling history (${this.attempt})`);
      void this.poll().then(() => this.schedule());
    }, delay);
  }

  /** A poll is scheduled: the history is being fetched on this clock already. */
  get pending(): boolean {
    return this.timer !== null;
  }

  stop(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
    this.attempt = 0;
  }
}
