import { css } from 'lit';

/**
 * Keeps the host page out: inherited font, colour, line-height and `rem` do not leak in
 * (everything is reset on .root and sized in px), and a host rule on the tag itself (position,
 * display, size) cannot move or hide the floating UI, which lives on .root. The direction is
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
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    -webkit-font-smoothing: antialiased;
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
