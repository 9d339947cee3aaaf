import { html } from 'lit';
import type { Term } from '../i18n/term.js';
import type { StringKey } from '../i18n/strings.js';
import type { SocketState } from '../protocol/connection.js';
import { closeIcon, sparkIcon } from './icons.js';

const STATE_WORDS: Record<SocketState, StringKey> = {
  idle: 'stateIdle',
  connecting: 'stateConnecting',
  open: 'stateOpen',
  waiting: 'stateWaiting',
  suspended: 'stateSuspended',
  closed: 'stateClosed',
};

/** Title, connection dot and close button. */
export function headerView(t: Term, title: string, state: SocketState | null, onClose: (() => void) | null) {
  return html`<div class="header" part="header">
    <span class="avatar">${sparkIcon}</span>
    <div class="titles">
      <h2 id="title">${title}</h2>
      ${state ? html`<div class="subtitle"><span class="dot ${state}"></span><span>${t(STATE_WORDS[state])}</span></div>` : null}
    </div>
    <slot name="header-actions"></slot>
    ${onClose ? html`<button class="icon-button" type="button" aria-label=${t('closeChat')} @click=${onClose}>${closeIcon}</button>` : null}
  </div>`;
}
