/**
 * The site's token for the platform (the element's `getAuthToken`): fetched before the first
 * request, kept in memory only (never stored, never logged), and fetched again when the platform
 * refuses it (REST 401, close code 4001). Callers at the same moment share one fetch.
 */
import type { Logger } from '../log/logger.js';
import type { Scheduler } from '../ports/ports.js';

export type GetAuthToken = () => Promise<string>;

/**
 * How long the site's `getAuthToken` may take: past it, the widget goes on without a token (and
 * the platform's refusal is shown, with Retry).
 */
export const AUTH_TOKEN_TIMEOUT_MS = 10_000;

export class AuthToken {
  private current: string | null = null;
  private pending: Promise<string | null> | null = null;

  constructor(
    /**
     * The element's `getAuthToken`, read at each fetch: a framework that passes a new function on
     * every render changes nothing.
     */
    private readonly source: () => GetAuthToken | null,
    private readonly logger: Logger,
    /** Times the site's function out; without one (a test of something else), it is awaited as long as it takes. */
    private readonly timer: Pick<Scheduler, 'setTimeout'> | null = null,
    private readonly timeoutMs = AUTH_TOKEN_TIMEOUT_MS,
  ) {}

  /** Whether the site gave a way to get a token (else no request carries one). */
  get wanted(): boolean {
    return typeof this.source() === 'function';
  }

  /** The token in hand, for the `auth` frame (built synchronously); null before the first fetch. */
  get value(): string | null {
    return this.current;
  }

  /** The token, fetched the first time; null when there is no source or it failed. */
  get(): Promise<string | null> {
    return this.current !== null || !this.wanted ? Promise.resolve(this.current) : this.fetch();
  }

  /**
   * The platform refused `failed`: fetch a new one, unless another caller already replaced it
   * (requests that were in flight together are refused together, and one new token serves all).
   * The old one stays until the new one arrives: an `auth` built meanwhile never goes without.
   */
  refresh(failed: string | null): Promise<string | null> {
    if (this.current !== null && this.current !== failed) return Promise.resolve(this.current);
    return this.fetch();
  }

  /** For the diagnostics: enough to recognise it, never enough to use it. */
  get masked(): string | null {
    return this.current === null ? null : `…${this.current.slice(-4)} (${this.current.length})`;
  }

  private fetch(): Promise<string | null> {
    const source = this.source();
    if (typeof source !== 'function') return Promise.resolve(null);
    this.pending ??= (async () => {
      try {
        // Past the timeout the race is lost; the timer firing later changes nothing.
        const late = new Promise<never>((_, reject) => {
          this.timer?.setTimeout(() => reject(new Error('getAuthToken() timed out')), this.timeoutMs);
        });
        const token: unknown = await Promise.race([source.call(undefined), late]);
        if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token))
          throw new TypeError('getAuthToken() must resolve to a token (printable ASCII, no spaces)');
        return (this.current = token);
      } catch (error) {
        this.logger.warn('getAuthToken() failed: going on without a token', error);
        return (this.current = null);
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }
}
