/**
 * Where the floating panel covers the page, focus must not hide behind it (WCAG 2.2, 2.4.11):
 * - Full screen on a phone, the panel is modal: `aria-modal="true"`, and Tab and Shift+Tab wrap
 *   inside it.
 * - On a larger screen it is not modal (the page stays usable beside it). Tab can reach a link
 *   of the page that the panel covers, so Escape closes the panel from anywhere on the page
 *   while the focused element is under it; focus stays where the visitor is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory } from '../ports/ports.js';
import { NARROW_QUERY } from '../styles/breakpoints.js';

const FOCUSABLE = 'button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])';

export class CoverController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The floating panel is open. */
    private readonly shown: () => boolean,
    private readonly panel: () => HTMLElement | null,
    private readonly matchMedia: () => MediaQueryFactory | undefined,
    /** Closes the panel (focus stays where it is, outside the widget). */
    private readonly close: () => void,
  ) {
    host.addController(this);
  }

  /** Full screen on a phone: the panel is modal. */
  get modal(): boolean {
    return this.shown() && Boolean(this.matchMedia()?.(NARROW_QUERY).matches);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onPageKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onPageKeydown);
  }

  /** Tab past the last control of a modal panel comes back to its first, and Shift+Tab the other way. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const panel = this.panel();
    if (event.key !== 'Tab' || !panel || !this.modal) return;
    const controls = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (c) => !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0,
    );
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = (panel.getRootNode() as ShadowRoot).activeElement;
    const wrapTo = event.shiftKey
      ? active === first || !panel.contains(active)
        ? last
        : null
      : active === last
        ? first
        : null;
    if (!wrapTo) return;
    event.preventDefault();
    wrapTo.focus();
  };

  /** Escape on the page, on an element the panel covers: the panel gets out of the way. */
  private readonly onPageKeydown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const panel = this.panel();
    if (
      event.key !== 'Escape' ||
      !panel ||
      !this.shown() ||
      !(target instanceof Element) ||
      event.composedPath().includes(this.host)
    )
      return;
    const box = panel.getBoundingClientRect();
    const link = target.getBoundingClientRect();
    if (link.right > box.left && link.left < box.right && link.bottom > box.top && link.top < box.bottom) this.close();
  };
}
