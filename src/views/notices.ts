import { html } from 'lit';
import type { ConfigProblem } from '../config/config.js';
import type { PanelError } from '../state/chat-state.js';

/** A broken configuration, explained attribute by attribute (never a blank box). */
export function configErrorView(problems: readonly ConfigProblem[]) {
  return html`<div class="notice" role="alert" part="status">
    <h3>This chat widget is not set up correctly</h3>
    <p>The site owner needs to fix ${problems.length === 1 ? 'this attribute' : 'these attributes'} on <code>&lt;miptech-chat&gt;</code>:</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.attribute}="${p.value}"</code>: ${p.message}</li>`)}
    </ul>
  </div>`;
}

/** The guide's error fallback: the reason, Retry and Reload. */
export function connectionErrorView(error: PanelError, onRetry: () => void, onReload: () => void) {
  return html`<div class="notice" role="alert" part="status">
    <h3>${error.title}</h3>
    <p>${error.message}</p>
    <div class="actions">
      <button class="button" type="button" @click=${onRetry}>Retry</button>
      <button class="button secondary" type="button" @click=${onReload}>Reload page</button>
    </div>
  </div>`;
}

/** One quiet line while the connection is not open (reconnecting, offline…). */
export function statusBarView(line: string | null, onRetry: (() => void) | null) {
  if (!line) return null;
  return html`<div class="status" part="status" role="status">
    <span>${line}</span>
    ${onRetry ? html`<button class="link-button" type="button" @click=${onRetry}>Retry now</button>` : null}
  </div>`;
}
