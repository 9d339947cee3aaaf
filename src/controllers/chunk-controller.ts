/**
 * The chat chunk's arrival: idle until the visitor shows intent, then loading, ready or
 * failed (offline, blocked). A failed load can be retried; a late result of an abandoned load
 * is never applied twice.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Scheduler } from '../ports/ports.js';

/**
 * How long a chunk fetched ahead (`arrivesSoon`) may take before the loading panel shows: about
 * what a mid-range phone needs to run it. Drawing a loading panel that is replaced a moment later
 * would cost that phone the time of a whole panel's layout before the composer is usable.
 */
export const SOON_MS = 250;

export interface ArrivalHint {
  /** The chunk was fetched ahead (an idle prefetch that finished): a load will not wait on the network. */
  arrivesSoon: () => boolean;
  scheduler: () => Scheduler;
}

export const ChunkState = { Idle: 'idle', Loading: 'loading', Ready: 'ready', Failed: 'failed' } as const;
export type ChunkState = (typeof ChunkState)[keyof typeof ChunkState];

export class ChunkController<M> {
  state: ChunkState = ChunkState.Idle;
  private loading: Promise<void> | null = null;
  private attempts = 0;
  /** What the page asked of the chat before it arrived (`send()`, `show({ draft })`), in order. */
  private readonly waiting: (() => void)[] = [];
  /** Work `laterUpTo` took before the chunk arrived. */
  private early = 0;
  /** The load is of the chunk fetched ahead, and within its SOON_MS (while it loads). */
  private soon = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** `attempt` counts from 0; a later one is a retry. */
    private readonly load: (attempt: number) => Promise<M>,
    private readonly onReady: (module: M) => void,
    /** The load failed (the element logs it when `debug` is set). */
    private readonly onError: (error: unknown) => void,
    private readonly hint?: ArrivalHint,
  ) {}

  /** A chunk fetched ahead is loading, within SOON_MS: a panel waiting for it need not say it loads. */
  get arrivingSoon(): boolean {
    return this.state === ChunkState.Loading && this.soon;
  }

  /** The visitor showed intent (or Retry after a failure): fetch the chunk unless it is here or on its way. */
  request(): void {
    if (this.state === ChunkState.Ready || this.loading) return;
    // Only the first load can find the chunk fetched ahead: a retry asks under another address.
    this.soon = this.attempts === 0 && Boolean(this.hint?.arrivesSoon());
    if (this.soon) this.hint!.scheduler().setTimeout(() => this.overdue(), SOON_MS);
    this.set(ChunkState.Loading);
    this.loading = this.load(this.attempts++).then(
      (module) => {
        this.loading = null;
        this.set(ChunkState.Ready);
        this.onReady(module);
        for (const work of this.waiting.splice(0)) work();
      },
      (error: unknown) => {
        this.loading = null;
        this.onError(error);
        this.set(ChunkState.Failed);
      },
    );
  }

  /** A chunk fetched ahead took longer than expected: the panel says it loads after all. */
  private overdue(): void {
    if (!this.arrivingSoon) return;
    this.soon = false;
    this.host.requestUpdate();
  }

  /** Does `work` once the chunk is here (at once if it is; else after `onReady`, fetching it now). */
  later(work: () => void): void {
    if (this.state === ChunkState.Ready) return work();
    this.waiting.push(work);
    this.request();
  }

  /**
   * As `later`, for at most `limit` pieces of work before the chunk arrives (messages sent early:
   * as many as the chat's send rate lets through at once). False: refused, nothing done.
   */
  laterUpTo(limit: number, work: () => void): boolean {
    if (this.state !== ChunkState.Ready && this.early++ >= limit) return false;
    this.later(work);
    return true;
  }

  private set(state: ChunkState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
