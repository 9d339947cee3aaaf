/** Re-renders the host once a second while `active()` holds (the reconnect countdown). */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TickerController implements ReactiveController {
  private handle: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const want = this.active();
    if (want && this.handle === null) this.handle = setInterval(() => this.host.requestUpdate(), 1000);
    if (!want) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    if (this.handle !== null) clearInterval(this.handle);
    this.handle = null;
  }
}
