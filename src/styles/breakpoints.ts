import { unsafeCSS } from 'lit';

/** Phones: the floating panel goes full screen. The one place the breakpoint is written. */
export const NARROW_QUERY = '(max-width: 480px)';

/** The same query for stylesheets (a constant of ours, never page input). */
export const narrow = unsafeCSS(NARROW_QUERY);
