import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * The panel's controls, with the chat: icon buttons (the header's ×, ratings, the version pager),
 * rows of buttons, and the focus ring on the brand-coloured header. (The button itself, and the
 * focus ring elsewhere, are the loader's: base.styles.ts.)
 */
export const controlsStyles = css`
  .icon-button {
    border: none;
    background: transparent;
    color: inherit;
    width: 36px;
    height: 36px;
    border-radius: ${radius('m')};
    cursor: pointer;
    display: grid;
    place-items: center;
    flex: none;
  }
  .icon-button:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  .icon-button svg {
    width: 20px;
    height: 20px;
    fill: currentColor;
  }
  .actions {
    display: flex;
    gap: ${space(2)};
    flex-wrap: wrap;
  }
  .header :focus-visible {
    outline-color: var(--_on-primary);
    box-shadow: 0 0 0 4px var(--_primary);
  }
`;
