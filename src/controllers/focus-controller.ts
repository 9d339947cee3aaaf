/**
 * Where focus goes: into the composer (or the panel's first button) when the panel opens, back
 * to the launcher when it closes. Escape closes a floating panel.
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
    void this.host.updateComplete.then(() => from && (opened ? (this.query('textarea') ?? this.query('.panel button')) : this.query('.launcher'))?.focus());
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };
}
