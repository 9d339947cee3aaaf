/**
 * Offline pages spend no connection attempts; coming back online reconnects at once.
 * (A hidden page keeps an open socket: the visitor may be waiting for an answer.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PageLifecycleController implements ReactiveController {
  private readonly update = () => this.onChange(this.suspended);

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (suspended: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Offline, or hidden: no reason to spend attempts now. */
  get suspended(): boolean {
    return globalThis.navigator?.onLine === false || globalThis.document?.visibilityState === 'hidden';
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.update);
    globalThis.addEventListener('offline', this.update);
    globalThis.addEventListener('pageshow', this.update);
    globalThis.document?.addEventListener('visibilitychange', this.update);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.update);
    globalThis.removeEventListener('offline', this.update);
    globalThis.removeEventListener('pageshow', this.update);
    globalThis.document?.removeEventListener('visibilitychange', this.update);
  }
}
