/**
 * The chat chunk's arrival: idle until the visitor shows intent, then loading, ready or
 * failed (offline, blocked). A failed load can be retried; a late result of an abandoned load
 * is never applied twice.
 */
import type { ReactiveControllerHost } from 'lit';

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

  constructor(
    private readonly host: ReactiveControllerHost,
    /** `attempt` counts from 0; a later one is a retry. */
    private readonly load: (attempt: number) => Promise<M>,
    private readonly onReady: (module: M) => void,
    /** The load failed (the element logs it when `debug` is set). */
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The visitor showed intent (or Retry after a failure): fetch the chunk unless it is here or on its way. */
  request(): void {
    if (this.state === ChunkState.Ready || this.loading) return;
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
