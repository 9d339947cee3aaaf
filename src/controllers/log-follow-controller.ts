/**
 * The conversation follows new text to the bottom, unless the visitor scrolled up to read; it
 * shows the bottom again when the panel opens or the visitor sends something.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LogFollowController implements ReactiveController {
  private following = true;
  private scrollNow = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly log: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** Show the bottom on the next render (the panel opened, or the visitor sent something). */
  follow(): void {
    this.following = true;
    this.scrollNow = true;
  }

  readonly onScroll = (event: Event): void => {
    const log = event.target as HTMLElement;
    this.following = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  };

  hostUpdated(): void {
    const log = this.log();
    if (log && (this.following || this.scrollNow)) log.scrollTop = log.scrollHeight;
    this.scrollNow = false;
  }
}
