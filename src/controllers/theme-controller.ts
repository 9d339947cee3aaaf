/**
 * The widget's colours: follows the visitor's light/dark preference live (for `theme="auto"`),
 * and applies the palette derived from `primary-color` to the root whenever the colour or the
 * root changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory } from '../ports/ports.js';
import { applyPalette } from '../styles/apply-palette.js';

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
    applyPalette(root, color);
    this.applied = { root, color };
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }
}
