/**
 * Where focus goes: into the composer (or the panel's first button) when the panel opens (on a
 * touch screen the first button: the keyboard a focused composer opens would hide the starter
 * prompts), back
 * to the launcher when it closes (or, with `launcher="none"`, to what had it before: the page's
 * own button). Escape closes a floating panel.
 */
import type { ReactiveControllerHost } from 'lit';

export class FocusController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: (selector: string) => HTMLElement | null,
    /** Escape in a floating panel closes it. */
    private readonly close: () => void,
  ) {}

  /**
   * The panel opened or closed: move focus once it has rendered. Closing returns focus to the
   * launcher only from inside the widget: a page that closes it keeps its own focus.
   */
  toggled(opened: boolean): void {
    const from = opened || this.query(':focus');
    const opener = this.opener;
    // Not the element itself: focus already inside the panel (the chat arriving) keeps the first opener.
    if (opened && document.activeElement !== (this.host as unknown))
      this.opener = document.activeElement as HTMLElement | null;
    const touch = matchMedia('(pointer: coarse)').matches;
    // Not touch: the composer, else the body's first button (beside a launcher, the chat's styles
    // hide the header's ×), else the × while the chat loads.
    const inside = () =>
      (touch ? null : (this.query('textarea') ?? this.query('.body button'))) ?? this.query('.panel button');
    this.due = false;
    void this.host.updateComplete.then(() => {
      if (!from) return;
      const target = opened ? inside() : (this.query('.launcher') ?? opener);
      // Nothing in the panel yet (the chat fetched ahead draws it in a moment): focus goes in then.
      this.due = opened && !target;
      target?.focus();
    });
  }

  /**
   * The chat's panel arrived in an open panel: focus moves to the composer if it waited in the
   * loading panel, or was due (the open had nothing to give it to). An element written `open`
   * takes no focus from the page: neither holds then.
   */
  panelArrived(): void {
    if (this.query(':focus') || this.due) this.toggled(true);
  }

  /** Focus is to go into the panel once it has something to take it. */
  private due = false;

  /** What had focus when the panel opened. */
  private opener: HTMLElement | null = null;

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };
}
