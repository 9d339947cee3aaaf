/**
 * The page's life, told to the session: offline or hidden pages spend no connection attempts;
 * coming back online, becoming visible or returning from the back/forward cache reconnects at
 * once (and checks an open link for life by the wall clock); leaving the page (pagehide)
 * closes the socket cleanly so the platform is not left with a half-open one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the page's life is told to (the session, once there is one). */
export interface PageLifecycleTarget {
  /** Offline or hidden: spend no connection attempts. */
  setSuspended(suspended: boolean): void;
  /** The network or the page came back: try now. */
  wake(): void;
  /** The page is going away (or into the back/forward cache). */
  leave(): void;
}

export class PageLifecycleController implements ReactiveController {
  /** From the events as well as navigator.onLine: some browsers report onLine late. */
  private offline = globalThis.navigator?.onLine === false;

  private readonly onOnline = () => {
    this.offline = false;
    this.target()?.setSuspended(this.suspended);
    this.target()?.wake();
  };
  private readonly onOffline = () => {
    this.offline = true;
    this.target()?.setSuspended(true);
  };
  /** Visibility changed, or the page came back from the back/forward cache. */
  private readonly onShownOrHidden = () => {
    this.target()?.setSuspended(this.suspended);
    if (!this.suspended) this.target()?.wake();
  };
  private readonly onPageHide = () => this.target()?.leave();

  constructor(
    host: ReactiveControllerHost,
    private readonly target: () => PageLifecycleTarget | null,
  ) {
    host.addController(this);
  }

  get suspended(): boolean {
    return this.offline || globalThis.document?.visibilityState === 'hidden';
  }

  /** Every listener this controller adds, so adding and removing cannot drift apart. */
  private get bindings(): [EventTarget | undefined, string, () => void][] {
    return [
      [globalThis, 'online', this.onOnline],
      [globalThis, 'offline', this.onOffline],
      [globalThis, 'pageshow', this.onShownOrHidden],
      [globalThis, 'pagehide', this.onPageHide],
      [globalThis.document, 'visibilitychange', this.onShownOrHidden],
    ];
  }

  hostConnected(): void {
    for (const [target, type, listener] of this.bindings) target?.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [target, type, listener] of this.bindings) target?.removeEventListener(type, listener);
  }
}
