import { css } from 'lit';

/**
 * Keeps the host page out: inherited font, colour, line-height, direction and `rem` do not
 * leak in (everything is reset on .root and sized in px), and a host rule on the tag itself
 * (position, display, size) cannot move or hide the floating UI, which lives on .root.
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
    direction: ltr;
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
