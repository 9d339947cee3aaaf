import { css } from './css.js';
import { radius, space } from './scale.js';

/** Shared controls: buttons, icon buttons, link buttons, the focus ring, visually hidden text. */
export const baseStyles = css`
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
  .header :focus-visible,
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
