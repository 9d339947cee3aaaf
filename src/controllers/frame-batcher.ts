/**
 * Coalesces many requests into one callback per animation frame (streamed chunks arrive
 * far faster than a screen refreshes). A timeout backs up requestAnimationFrame, which
 * does not run in hidden tabs, so state still lands when nobody is looking.
 */
/** Returns `request`: `run` follows once, in the next frame, however many requests come before it. */
export function frameBatcher(run: () => void, fallbackMs = 100): () => void {
  let pending = false;
  const once = () => {
    if (!pending) return;
    pending = false;
    run();
  };
  return () => {
    if (pending) return;
    pending = true;
    globalThis.requestAnimationFrame?.(once);
    setTimeout(once, fallbackMs);
  };
}
