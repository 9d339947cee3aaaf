/** Phones: the floating panel goes full screen. The one place the breakpoint is written. */
export const NARROW_QUERY = '(max-width: 480px)';
