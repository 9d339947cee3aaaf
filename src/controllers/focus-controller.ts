/**
 * Where focus and the conversation's scroll go: into the composer when the panel opens, back to
 * the launcher when it closes; the log follows new text to the bottom unless the visitor
 * scrolled up to read. Escape closes a floating panel.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FocusController implements ReactiveController {
  private following = true;
  private scrollNow = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: (selector: string) => HTMLElement | null,
    /** Escape in a floating panel closes it. */
    private readonly close: () => void,
  ) {
    host.addController(this);
  }

  /** The visitor sent something: show the bottom of the log again. */
  follow(): void {
    this.following = true;
  }

  /** The panel opened or closed: move focus once it has rendered. */
  toggled(opened: boolean): void {
    this.scrollNow = opened;
    void this.host.updateComplete.then(() => (opened ? (this.query('textarea') ?? this.query('.panel button')) : this.query('.launcher'))?.focus());
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };

  readonly onScroll = (event: Event): void => {
    const log = event.target as HTMLElement;
    this.following = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  };

  hostUpdated(): void {
    const log = this.query('.messages');
    if (log && (this.following || this.scrollNow)) log.scrollTop = log.scrollHeight;
    this.scrollNow = false;
  }
}
