import { css } from './css.js';
import { NARROW_QUERY } from './breakpoints.js';
import { radius, space } from './scale.js';

/** The launcher button and its unread badge. */
export const launcherStyles = css`
  .launcher {
    position: fixed;
    bottom: var(--_offset);
    z-index: var(--_z);
    width: 60px;
    height: 60px;
    border-radius: 50%;
    border: none;
    padding: 0;
    margin: 0;
    cursor: pointer;
    display: grid;
    place-items: center;
    background: var(--_primary);
    color: var(--_on-primary);
    box-shadow: var(--_shadow), 0 0 0 1px var(--_edge, #0000);
    transition: transform 160ms ease, background-color 160ms ease;
  }
  /* A corner in the reading direction: bottom-right is the end of a line (right in English,
     left in Arabic or Hebrew), bottom-left its start. */
  .bottom-right .launcher {
    inset-inline-end: var(--_offset);
  }
  .bottom-left .launcher {
    inset-inline-start: var(--_offset);
  }
  .launcher:hover {
    background: var(--_primary-hover);
    transform: translateY(-1px) scale(1.03);
  }
  .launcher svg {
    width: 28px;
    height: 28px;
    fill: currentColor;
  }
  .launcher.has-problem::after {
    content: '!';
    position: absolute;
    top: -2px;
    inset-inline-end: -2px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_danger);
    color: #fff;
    font: 700 0.929em/20px var(--_font);
    text-align: center;
  }
  /* The chat is on its way after a click: a ring turns around the launcher (its name and the
     status region say so in words). */
  .launcher.busy::before {
    content: '';
    position: absolute;
    inset: -5px;
    border-radius: 50%;
    border: 3px solid transparent;
    border-block-start-color: var(--_primary);
    animation: miptech-turn 0.9s linear infinite;
  }
  @keyframes miptech-turn {
    to {
      transform: rotate(1turn);
    }
  }
  .badge {
    position: absolute;
    top: -4px;
    inset-inline-end: -4px;
    min-width: 22px;
    height: 22px;
    padding: 0 ${space(1.5)};
    border-radius: ${radius('pill')};
    background: var(--_danger);
    color: #fff;
    font: 700 0.857em/22px var(--_font);
    text-align: center;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  @media (prefers-reduced-motion: reduce) {
    .launcher,
    .launcher::before {
      animation: none;
      transition: none;
    }
  }
  /* Forced colours (Windows high contrast) drop backgrounds: the launcher keeps an outline. */
  @media (forced-colors: active) {
    .launcher {
      border: 2px solid ButtonText;
    }
  }
  @media ${NARROW_QUERY} {
    /* The full-screen panel has its own close button; the launcher would cover the composer.
       Until the chat's panel is there, the launcher stays: it says the chat is on its way. */
    .root.floating.open:not(.waiting) .launcher {
      display: none;
    }
  }
`;
