/**
 * On narrow screens the floating panel is full screen. This keeps it usable with the
 * on-screen keyboard open (the visual viewport's height, exposed as --_viewport-height) and
 * stops the host page from scrolling behind it while it is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const NARROW_QUERY = '(max-width: 480px)';

export class ViewportController implements ReactiveController {
  private target: HTMLElement | null = null;
  private locked: { previous: string } | null = null;
  private readonly onResize = () => {
    const height = globalThis.visualViewport?.height;
    if (this.target && height) this.target.style.setProperty('--_viewport-height', `${Math.round(height)}px`);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly fullScreen: () => boolean,
  ) {
    host.addController(this);
  }

  /** The element whose custom property carries the viewport height. */
  attach(target: HTMLElement | null): void {
    this.target = target;
    this.onResize();
  }

  hostConnected(): void {
    globalThis.visualViewport?.addEventListener('resize', this.onResize);
  }

  hostUpdated(): void {
    const lock = this.fullScreen() && Boolean(globalThis.matchMedia?.(NARROW_QUERY).matches);
    const root = globalThis.document?.documentElement;
    if (!root) return;
    if (lock && !this.locked) {
      this.locked = { previous: root.style.overflow };
      root.style.overflow = 'hidden';
      this.onResize();
    } else if (!lock && this.locked) {
      this.unlock();
    }
  }

  hostDisconnected(): void {
    globalThis.visualViewport?.removeEventListener('resize', this.onResize);
    this.unlock();
  }

  private unlock(): void {
    if (!this.locked) return;
    document.documentElement.style.overflow = this.locked.previous;
    this.locked = null;
  }
}
