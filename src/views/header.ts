import { html } from 'lit';
import type { SocketState } from '../socket/socket-state.js';
import { closeIcon, sparkIcon } from './icons.js';

const STATE_WORDS: Record<SocketState, string> = {
  idle: 'Ready',
  connecting: 'Connecting…',
  open: 'Online',
  waiting: 'Reconnecting…',
  suspended: 'Offline',
  closed: 'Disconnected',
};

/** Title, connection dot and close button. */
export function headerView(title: string, state: SocketState | null, onClose: (() => void) | null) {
  return html`<div class="header" part="header">
    <span class="avatar">${sparkIcon}</span>
    <div class="titles">
      <h2 id="title">${title}</h2>
      ${state
        ? html`<div class="subtitle"><span class="dot ${state}"></span><span>${STATE_WORDS[state]}</span></div>`
        : null}
    </div>
    ${onClose ? html`<button class="icon-button" type="button" aria-label="Close chat" @click=${onClose}>${closeIcon}</button>` : null}
  </div>`;
}
