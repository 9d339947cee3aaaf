import { css } from './css.js';

/**
 * Keeps the host page out: inherited font, colour, line-height and `rem` do not leak in
 * (everything is reset on .root), and a host rule on the tag itself (position, display, size)
 * cannot move or hide the floating UI, which lives on .root. Text follows the visitor's own
 * font size, not the page's: .root is `medium` (the browser's default size, which the visitor
 * sets), its children take --_font-size from it (0.875em: 14 px at the usual 16 px), and every
 * size of text inside is in em. The direction is
 * the widget's own: `dir` on .root (locale-controller.ts), and every style is logical
 * (inline-start / inline-end), so the whole widget mirrors right to left.
 */
export const shieldStyles = css`
  :host {
    display: contents !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  .root {
    all: initial;
    display: block;
    font-family: var(--_font);
    font-size: medium;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    -webkit-font-smoothing: antialiased;
  }
  .root > * {
    font-size: var(--_font-size);
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  button,
  textarea,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;
