/**
 * Where focus goes: into the composer (or the panel's first button) when the panel opens (on a
 * touch screen the first button: the keyboard a focused composer opens would hide the starter
 * prompts), back to the launcher when it closes (or, with `launcher="none"`, to what had it
 * before: the page's own button). Escape closes a floating panel. It arrives with the chat: until
 * then there is no panel to take focus, and the element has the chat's controller move it in
 * when the chat arrives in a panel opened before.
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
    // hide the header's ×), else the panel's first button (the ×).
    const inside = () =>
      (touch ? null : (this.query('textarea') ?? this.query('.body button'))) ?? this.query('.panel button');
    void this.host.updateComplete.then(() => {
      if (!from) return;
      const target = opened ? inside() : (this.query('.launcher') ?? opener);
      target?.focus();
    });
  }

  /** What had focus when the panel opened. */
  private opener: HTMLElement | null = null;

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };
}
