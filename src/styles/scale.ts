/**
 * One scale for space and one for corners, for every view: a style writes `${space(3)}` or
 * `${radius('m')}`, never a pixel count of its own, so every view keeps the same rhythm and a
 * change of scale is made here once (test/architecture/source.test.mjs refuses pixel counts
 * for padding, margin, gap and corners in styles).
 *
 * Space is counted in steps of 4 px, with half steps for tight spots (`space(2.5)` is 10 px).
 * The script-tag build writes the values into the styles themselves
 * (scripts/rollup/minify-templates.mjs), so the scale costs visitors nothing.
 */

/** The steps of the space scale, 4 px each. */
export type SpaceStep = 0.5 | 1 | 1.5 | 2 | 2.5 | 3 | 3.5 | 4 | 4.5 | 5;

/**
 * Corners: extra small (inline code, a bubble's tail), small (the copy and pager buttons), medium
 * (buttons, chips), large (cards, notices, the composer), a bubble, a pill.
 */
export const RADII = { xs: '4px', s: '6px', m: '8px', l: '12px', xl: '16px', pill: '999px' } as const;

/** `step` × 4 px. */
export const space = (step: SpaceStep): string => `${step * 4}px`;

export const radius = (size: keyof typeof RADII): string => RADII[size];
