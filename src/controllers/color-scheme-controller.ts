/** Follows the visitor's light/dark preference live, for `theme="auto"`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type MediaQueryFactory = (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

export class ColorSchemeController implements ReactiveController {
  dark = false;
  private query: ReturnType<MediaQueryFactory> | null = null;
  private readonly onChange = () => {
    const dark = Boolean(this.query?.matches);
    if (dark === this.dark) return;
    this.dark = dark;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly matchMedia: () => MediaQueryFactory | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = this.matchMedia()?.('(prefers-color-scheme: dark)') ?? null;
    this.dark = Boolean(this.query?.matches);
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }
}
