/**
 * What the chat's panel shows while the site owner's chunk it needs is on its way (chat/owner-
 * chunk.ts): the shape of a conversation, announced as loading (never a blank box), or a notice
 * with Retry when the chunk could not be fetched (offline, blocked). Each state is one template,
 * so Lit keeps its nodes between renders, and a focused Retry stays focused.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { Term } from '../i18n/term.js';

export function loadingBody(t: Term, failed: boolean, onRetry: () => void): TemplateResult {
  if (failed) {
    return html`<div class="notice" role="alert" part="status">
      <h3>${t('connectionErrorTitle')}</h3>
      <p>${t('chatLoadFailed')}</p>
      <div class="actions"><button class="button" type="button" @click=${onRetry}>${t('retry')}</button></div>
    </div>`;
  }
  return html`<div class="skeleton" role="status">
    <span class="visually-hidden">${t('chatLoading')}</span>
    <div class="bone wide"></div>
    <div class="bone"></div>
    <div class="bone short"></div>
  </div>`;
}
