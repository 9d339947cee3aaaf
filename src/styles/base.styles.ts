import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * What the loader draws needs of shared styles: the button (the stand-in's Retry; the chat's
 * notices use it too), the focus ring, visually hidden text. The panel's own controls come with
 * the chat (controls.styles.ts).
 */
export const baseStyles = css`
  .button {
    border: none;
    border-radius: ${radius('m')};
    padding: ${space(2)} ${space(3.5)};
    cursor: pointer;
    font-weight: 600;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .launcher:focus-visible {
    outline-color: var(--_on-primary);
    box-shadow: 0 0 0 4px var(--_primary);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
