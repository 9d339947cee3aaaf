import { html } from 'lit';
import type { Term } from '../i18n/term.js';
import type { PanelError } from '../state/chat-state.js';
import { problemText } from './describe.js';

/** The error fallback of docs/protocol.md: the reason, Retry and Reload. */
export function connectionErrorView(t: Term, error: PanelError, onRetry: () => void, onReload: () => void) {
  return html`<div class="notice" role="alert" part="status">
    <h3>${t('connectionErrorTitle')}</h3>
    <p>${problemText(t, error)}</p>
    <div class="actions">
      <button class="button" type="button" @click=${onRetry}>${t('retry')}</button>
      <button class="button secondary" type="button" @click=${onReload}>${t('reloadPage')}</button>
    </div>
  </div>`;
}

/**
 * One quiet line while the connection is not open (reconnecting, offline…). The visible line
 * counts down; the live region says only the state (`spoken`), so it is announced once per change.
 */
export function statusBarView(t: Term, line: string | null, spoken: string | null, onRetry: (() => void) | null) {
  if (!line) return null;
  return html`<div class="status" part="status">
    <span aria-hidden="true">${line}</span>
    <span class="visually-hidden" role="status">${spoken}</span>
    ${onRetry ? html`<button class="link-button" type="button" @click=${onRetry}>${t('retryNow')}</button>` : null}
  </div>`;
}
