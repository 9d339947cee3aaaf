import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { SocketState } from '../protocol/connection.js';
import type { PanelError } from '../state/chat-state.js';
import { problemText } from './describe.js';

/**
 * The error fallback of docs/protocol.md, as a banner above the conversation, which stays in
 * view: what happened and what happens next, in plain words (codes are for the diagnostics),
 * with Retry and Reload. While the widget still retries (`state` waiting or connecting) it says
 * so, as the header does; a connection that stopped says why.
 */
export function connectionErrorView(
  t: Term,
  error: PanelError,
  state: SocketState,
  onRetry: () => void,
  onReload: () => void,
) {
  const retrying = state === SocketState.Waiting || state === SocketState.Connecting || state === SocketState.Suspended;
  return html`<div class="banner" role="alert" part="status">
    <p>
      <strong>${t(retrying ? 'bannerRetryingTitle' : 'bannerStoppedTitle')}</strong> ${problemText(t, error)}
      ${retrying ? t('bannerRetryingBody') : ''}
    </p>
    <div class="actions">
      <button class="button" type="button" @click=${onRetry}>${t(retrying ? 'retryNow' : 'retry')}</button>
      ${
        retrying
          ? null
          : html`<button class="button secondary" type="button" @click=${onReload}>${t('reloadPage')}</button>`
      }
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
