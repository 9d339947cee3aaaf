/**
 * On narrow screens the floating panel is full screen. This keeps it usable with the
 * on-screen keyboard open (the visual viewport's height, exposed as --_viewport-height) and
 * stops the host page from scrolling behind it while it is open.
 *
 * The height is written only while the panel covers the screen (the only place the styles read
 * it), and first a frame after it opens: reading the visual viewport forces a layout, and
 * writing a custom property on the root restyles the whole panel, which would make the panel's
 * first layout happen twice before the composer is usable. Until then, the panel is 100dvh tall,
 * which is the same height unless a keyboard is already open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NARROW_QUERY } from '../styles/breakpoints.js';

export class ViewportController implements ReactiveController {
  private target: HTMLElement | null = null;
  private locked: { previous: string } | null = null;
  private connected = false;
  /** (Called a frame late too: it writes only while the panel still covers the screen.) */
  private readonly onResize = () => {
    const height = globalThis.visualViewport?.height;
    if (this.locked && this.target && height)
      this.target.style.setProperty('--_viewport-height', `${Math.round(height)}px`);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly fullScreen: () => boolean,
    /** The element whose custom property carries the viewport height. */
    private readonly root: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.visualViewport?.addEventListener('resize', this.onResize);
  }

  hostUpdated(): void {
    const target = this.root();
    const moved = target !== this.target;
    this.target = target;
    // A removed element can still finish an update (a late frame): it must not lock the page.
    const lock = this.connected && this.fullScreen() && Boolean(globalThis.matchMedia?.(NARROW_QUERY).matches);
    const root = globalThis.document?.documentElement;
    if (!root) return;
    if (lock && (moved || !this.locked)) requestAnimationFrame(this.onResize);
    if (lock && !this.locked) {
      this.locked = { previous: root.style.overflow };
      root.style.overflow = 'hidden';
    } else if (!lock && this.locked) {
      this.unlock();
    }
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.visualViewport?.removeEventListener('resize', this.onResize);
    this.unlock();
  }

  private unlock(): void {
    if (!this.locked) return;
    document.documentElement.style.overflow = this.locked.previous;
    this.locked = null;
  }
}
