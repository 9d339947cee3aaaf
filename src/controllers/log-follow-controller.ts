/**
 * The conversation follows new text to the bottom, unless the visitor scrolled up to read; it
 * shows the bottom again when the panel opens or the visitor sends something. Scrolling near the
 * top asks for older messages, and when they are drawn above, what the visitor was reading stays
 * where it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LogFollowController implements ReactiveController {
  private following = true;
  private scrollNow = false;
  /** Distance from the bottom to restore after older messages were drawn above. */
  private keepFromBottom: number | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly log: () => HTMLElement | null,
    /** Near the top: older messages, if there are any not drawn. */
    private readonly nearTop: () => void,
  ) {
    host.addController(this);
  }

  /** Show the bottom on the next render (the panel opened, or the visitor sent something). */
  follow(): void {
    this.following = true;
    this.scrollNow = true;
  }

  /** Older messages are about to be drawn above: keep the visitor's place. */
  keepPlace(): void {
    const log = this.log();
    if (log) this.keepFromBottom = log.scrollHeight - log.scrollTop;
  }

  readonly onScroll = (event: Event): void => {
    const log = event.target as HTMLElement;
    this.following = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
    if (log.scrollTop < 80 && log.scrollHeight > log.clientHeight) this.nearTop();
  };

  hostUpdated(): void {
    const log = this.log();
    if (log && this.keepFromBottom !== null) log.scrollTop = log.scrollHeight - this.keepFromBottom;
    else if (log && (this.following || this.scrollNow)) log.scrollTop = log.scrollHeight;
    this.keepFromBottom = null;
    this.scrollNow = false;
  }
}
