/**
 * Closing animates, as opening does: a floating panel that closes stays drawn for the length of
 * its closing animation (frame-extras.styles.ts), inert, then goes. Only its picture lingers:
 * the element counts as closed at once (its events, focus, `open`), and a panel opened again
 * meanwhile is simply open. Visitors who prefer less motion see it go at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory, Scheduler, TimerHandle } from '../ports/ports.js';

/** The closing animation's length (frame-extras.styles.ts). */
export const CLOSING_MS = 160;

export class ClosingController implements ReactiveController {
  private wasShown = false;
  private timer: TimerHandle | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The floating panel is open. */
    private readonly shown: () => boolean,
    private readonly scheduler: () => Scheduler,
    private readonly matchMedia: () => MediaQueryFactory | undefined,
  ) {
    host.addController(this);
  }

  /** The panel is closed but still drawn, on its way out. */
  get closing(): boolean {
    return this.timer !== null;
  }

  hostUpdate(): void {
    const shown = this.shown();
    if (shown || this.wasShown) this.stop();
    if (this.wasShown && !shown && !this.matchMedia()?.('(prefers-reduced-motion: reduce)').matches) {
      this.timer = this.scheduler().setTimeout(() => {
        this.timer = null;
        this.host.requestUpdate();
      }, CLOSING_MS);
    }
    this.wasShown = shown;
  }

  hostDisconnected(): void {
    this.stop();
    this.wasShown = false;
  }

  private stop(): void {
    if (this.timer !== null) this.scheduler().clearTimeout(this.timer);
    this.timer = null;
  }
}
