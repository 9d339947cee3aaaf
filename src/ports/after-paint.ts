/**
 * After the browser has painted its next frame: work the visitor need not wait for (connecting
 * when the panel opens). The `afterPaint` port, and its default, which arrives with the chat.
 */
import type { BrowserPorts } from './ports.js';

/** The longest wait: a page that draws no frames (hidden, or a throttled frame) goes on after it. */
export const PAINT_WAIT_MS = 100;

/**
 * Runs `run` once, in a task queued from the next frame's callback (it runs once that frame is
 * painted), or after PAINT_WAIT_MS where no frame comes, as in a hidden page.
 */
export function afterNextPaint(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  globalThis.requestAnimationFrame?.(() => setTimeout(once));
  setTimeout(once, PAINT_WAIT_MS);
}

/** Runs `run` after the next paint, as the ports say: the browser's frame by default, at once for null. */
export function afterPaint(ports: BrowserPorts, run: () => void): void {
  const later = ports.afterPaint === undefined ? afterNextPaint : ports.afterPaint;
  if (later) later(run);
  else run();
}
