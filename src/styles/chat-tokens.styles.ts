import { css } from './css.js';

/**
 * What only the chat's views use, read with its chunk rather than by every page the launcher
 * sits on: the muted and link colours of the public styling contract (tokens.styles.ts has the
 * rest), and the secondary button (consent, feedback, notices).
 */
export const chatTokensStyles = css`
  .root {
    --_muted: var(--miptech-chat-muted, #4b5563);
    --_link: var(--miptech-chat-link, #1d4ed8);
  }
  .root.dark {
    --_muted: var(--miptech-chat-muted, #cbd5e1);
    --_link: var(--miptech-chat-link, #93c5fd);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
`;
