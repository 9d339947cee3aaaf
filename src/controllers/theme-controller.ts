/**
 * The widget's colours: follows the visitor's light/dark preference live (for `theme="auto"`),
 * and puts `primary-color` on the root whenever the colour or the root changes. What follows
 * from it (text on it, hover, the brand as a foreground) is derived in CSS (tokens.styles.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory } from '../ports/ports.js';

export class ThemeController implements ReactiveController {
  /** The visitor's system prefers dark colours. */
  prefersDark = false;
  private query: ReturnType<MediaQueryFactory> | null = null;
  private applied: { root: HTMLElement; color: string | null } | null = null;
  private readonly onChange = () => {
    const dark = Boolean(this.query?.matches);
    if (dark === this.prefersDark) return;
    this.prefersDark = dark;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly matchMedia: () => MediaQueryFactory | undefined,
    private readonly root: () => HTMLElement | null,
    private readonly primaryColor: () => string | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = this.matchMedia()?.('(prefers-color-scheme: dark)') ?? null;
    this.prefersDark = Boolean(this.query?.matches);
    this.query?.addEventListener('change', this.onChange);
  }

  hostUpdated(): void {
    const root = this.root();
    const color = this.primaryColor();
    if (!root || (this.applied?.root === root && this.applied.color === color)) return;
    // Through the CSSOM, never a style attribute: strict CSPs block those. A root that never had
    // a colour is left alone: a page without `primary-color` (most) never touches its style.
    if (color) root.style.setProperty('--_primary', color);
    else if (this.applied?.color) root.style.removeProperty('--_primary');
    this.applied = { root, color };
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }
}
