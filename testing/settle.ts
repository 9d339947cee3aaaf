/**
 * Finishes the widget's one-off animations (the panel's opening fade), so checks that read
 * colours or sizes (axe's contrast rule, bounding boxes) see the final state on slow machines.
 * Endless ones (the typing dots) are left running.
 */
export function settle(el: Element): void {
  const root = el.shadowRoot as (ShadowRoot & { getAnimations?: () => Animation[] }) | null;
  for (const animation of root?.getAnimations?.() ?? []) {
    if (animation.effect?.getComputedTiming().iterations !== Infinity) animation.finish();
  }
}
