import { svg } from 'lit/html.js';

/** The chat's inline icons (no network, no icon font); the launcher's are in icons.ts. */
export const sendIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path
  d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2Z"/></svg>`;
export const stopIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><rect
  x="6" y="6" width="12" height="12" rx="2"/></svg>`;
export const thumbUpIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path
  d="M2 21h4V9H2v12Zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5
    6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2Z"/></svg>`;
export const thumbDownIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path
  d="M22 3h-4v12h4V3ZM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1
    6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2Z"/></svg>`;
export const regenerateIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path
  d="M17.7 6.3A8 8 0 1 0 20 12h-2a6 6 0 1 1-1.8-4.2L13 11h7V4l-2.3 2.3Z"/></svg>`;
