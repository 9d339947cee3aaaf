/**
 * Messages an earlier visit left unsent (offline, the tab closed) go without waiting for an open:
 * when some are stored, the chat is fetched, and its session sends them. The look waits for the
 * page to be idle: a page's first read of localStorage is a synchronous wait on the browser (7 to
 * 75 ms at 4× CPU, measured), which must not be part of the host page's own loading.
 */
import { storageNamespace, type ConfigResult, type FrameConfig } from '../config/config.js';
import type { BrowserPorts } from '../ports/ports.js';
import { hasStored } from '../ports/safe-storage.js';

export class UnsentLookout {
  private pending = false;

  constructor(
    private readonly ports: () => BrowserPorts,
    /** The configuration when the look happens (it may have changed since it was asked for). */
    private readonly config: () => ConfigResult<FrameConfig>,
    private readonly found: () => void,
  ) {}

  /** Looks once the page is idle (at once where the ports cannot say); asks meanwhile make one look. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    (this.ports().whenIdle ?? ((run: () => void) => run()))(() => {
      this.pending = false;
      const result = this.config();
      if (result.ok && hasStored(this.ports().storage, storageNamespace(result.config), 'outbox:')) this.found();
    });
  }
}
