/**
 * A table wider than its answer scrolls sideways. While more of it lies past the inline end, its
 * box carries `data-more`, and the styles draw a fade with an arrow there (markdown.styles.ts).
 * The cue goes when the visitor reaches the end, and a table that fits never shows it.
 */

/** Marks whether more of `box` lies past its inline end (either direction: RTL scrolls negative). */
export function markTableCue(box: HTMLElement): void {
  box.toggleAttribute('data-more', box.scrollWidth - Math.abs(box.scrollLeft) - box.clientWidth > 1);
}

/** The table's box scrolled (the renderer binds it as `@scroll`). */
export const tableScrolled = (event: Event): void => markTableCue(event.currentTarget as HTMLElement);
