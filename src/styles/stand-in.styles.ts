import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * What the loader shows in the panel's place until the chat arrives (views/stand-in.ts): a
 * notice in the launcher's corner, just above it, when the chat could not be fetched; inline, a
 * box of the chat's height saying it loads, so the page does not move when the chat comes. Made
 * into a sheet only when it first shows: a page that never opens the chat does not parse it.
 */
export const standInStyles = css`
  .stand-in {
    position: fixed;
    bottom: calc(var(--_offset) + 72px);
    z-index: var(--_z);
    width: min(320px, calc(100vw - 2 * var(--_offset)));
    padding: ${space(4)};
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: ${radius('l')};
    box-shadow: var(--_shadow);
  }
  .bottom-right .stand-in {
    inset-inline-end: var(--_offset);
  }
  .bottom-left .stand-in {
    inset-inline-start: var(--_offset);
  }
  .root:not(:has(.launcher)) .stand-in {
    bottom: var(--_offset);
  }
  .stand-in p {
    margin: 0;
  }
  .stand-in .button {
    margin-top: ${space(3)};
  }
  .root.inline .stand-in {
    position: relative;
    inset: auto;
    width: 100%;
    height: var(--_inline-height);
    display: grid;
    place-content: center;
    text-align: center;
    border-radius: var(--_radius);
    box-shadow: none;
  }
`;
