import { css } from 'lit';

/**
 * What the chat adds to the loader's panel frame (panel.styles.ts): the panel rising into view,
 * the header's connection state, and a broken configuration's list of attributes.
 */
export const frameExtrasStyles = css`
  .root.floating .panel {
    animation: miptech-rise 180ms ease-out;
  }
  @keyframes miptech-rise {
    from {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .root.floating .panel {
      animation: none;
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
    margin: 6px 16px 0;
    align-self: start;
    font-size: 0.857em;
  }
  .header .subtitle {
    font-size: 0.857em;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  /* On a dark page the dark panel needs an edge of its own to stand apart. */
  .root.dark .panel {
    border-color: color-mix(in srgb, var(--_text) 24%, var(--_bg));
  }
  .ai-label {
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.857em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .notice ul {
    margin: 0 0 12px;
    padding-inline-start: 18px;
  }
  .notice code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.857em;
  }
`;
