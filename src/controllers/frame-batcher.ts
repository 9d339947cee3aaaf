/**
 * Coalesces many requests into one callback per animation frame (streamed chunks arrive
 * far faster than a screen refreshes). A timeout backs up requestAnimationFrame, which
 * does not run in hidden tabs, so state still lands when nobody is looking.
 */
export class FrameBatcher {
  private pending = false;

  constructor(
    private readonly run: () => void,
    private readonly fallbackMs = 100,
  ) {}

  request(): void {
    if (this.pending) return;
    this.pending = true;
    const once = () => {
      if (!this.pending) return;
      this.pending = false;
      this.run();
    };
    globalThis.requestAnimationFrame?.(once);
    setTimeout(once, this.fallbackMs);
  }
}
