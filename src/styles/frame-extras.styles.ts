import { css } from './css.js';
import { NARROW_QUERY } from './breakpoints.js';
import { radius, space } from './scale.js';

/**
 * What the chat adds to the loader's panel frame (panel.styles.ts): the panel rising into view
 * and sinking out of it, one close control, the header's AI label, and a broken configuration's
 * list of attributes.
 */
export const frameExtrasStyles = css`
  .root.floating .panel {
    animation: miptech-rise 180ms ease-out;
  }
  /* Closed, but drawn until this ends (closed-panel-controller.ts: CLOSING_MS), and out of reach. */
  .root.floating:not(.open) .panel {
    animation: miptech-sink 160ms ease-in forwards;
    pointer-events: none;
  }
  /* Drawn ahead of its first showing (closed-panel-controller.ts): laid out, but inert, and out
     of sight. */
  .panel[inert] {
    visibility: hidden;
  }
  @keyframes miptech-rise {
    from {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }
  @keyframes miptech-sink {
    to {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .root.floating .panel,
    .root.floating:not(.open) .panel {
      animation: none;
    }
  }
  /* One close control: beside a launcher (which closes the panel too) the header needs none;
     on a phone the panel covers the launcher, and with launcher="none" there is none. (While the
     chat loads, the loader's frame keeps its ×: focus waits on it for the composer.) */
  @media not ${NARROW_QUERY} {
    .root:has(.launcher) .header .icon-button {
      display: none;
    }
  }
  /* A control for screen reader users: out of sight until it has focus. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .skip:focus {
    margin: ${space(1.5)} ${space(4)} 0;
    align-self: start;
    font-size: 0.857em;
  }
  .header .subtitle {
    font-size: 0.857em;
    display: flex;
    align-items: center;
    gap: ${space(1.5)};
  }
  /* On a dark page the dark panel needs an edge of its own to stand apart. */
  .root.dark .panel {
    border-color: color-mix(in srgb, var(--_text) 24%, var(--_bg));
  }
  .ai-label {
    padding: 0 ${space(1.5)};
    border-radius: ${radius('pill')};
    border: 1px solid currentColor;
    font-size: 0.857em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .notice ul {
    margin: 0 0 ${space(3)};
    padding-inline-start: ${space(4.5)};
  }
  .notice code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.857em;
  }
`;
