import { css } from './css.js';

/**
 * What only the chat's views use, read with its chunk rather than by every page the launcher
 * sits on: the panel's size, and the surface, error background, muted and link colours of the
 * public styling contract (tokens.styles.ts has the rest), and the secondary button (consent,
 * feedback, notices).
 */
export const chatTokensStyles = css`
  .root {
    --_panel-width: var(--miptech-chat-panel-width, 380px);
    --_panel-height: var(--miptech-chat-panel-height, 600px);
    --_surface: var(--miptech-chat-surface, #f3f4f6);
    --_danger-bg: var(--miptech-chat-danger-background, #fef2f2);
    --_muted: var(--miptech-chat-muted, #4b5563);
    --_link: var(--miptech-chat-link, #1d4ed8);
  }
  .root.dark {
    --_surface: var(--miptech-chat-surface, #1f2937);
    --_danger-bg: var(--miptech-chat-danger-background, #3b1212);
    --_muted: var(--miptech-chat-muted, #cbd5e1);
    --_link: var(--miptech-chat-link, #93c5fd);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
`;
