/**
 * The panel's frame and what the loader shows in it before the chat arrives: a skeleton while
 * the chat loads (never a blank box), and a notice with Retry when it cannot be loaded. The
 * chat's own view fills the same frame (a broken configuration too: describe-config.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Term } from '../i18n/term.js';
import { headerView } from './header.js';

export interface FrameModel {
  t: Term;
  title: string;
  /** An inline chat is a region in the page and cannot be closed. */
  inline: boolean;
  /** The chat has arrived: the header says the assistant is an AI (header.ts). */
  ai?: boolean;
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Full screen on a phone: a modal dialog (the chat's cover-controller.ts decides). */
  modal?: boolean;
}

/** The chat panel: a labelled dialog (a region when inline) with a header and `body`. */
export function panelFrame(model: FrameModel, body: unknown, busy = false): TemplateResult {
  return html`<section
    id="panel"
    class="panel"
    part="panel"
    role=${model.inline ? 'region' : 'dialog'}
    aria-modal=${model.inline ? nothing : String(Boolean(model.modal))}
    aria-labelledby="title"
    aria-busy=${busy ? 'true' : 'false'}
    @keydown=${model.onKeydown}
  >
    ${headerView(model.t, model.title, model.ai, model.inline ? null : model.onClose)}
    <div class="body">${body}</div>
  </section>`;
}

/** While the chat loads: the shape of a conversation, announced as loading. */
function skeletonView(t: Term): TemplateResult {
  return html`<div class="skeleton" role="status">
    <span class="visually-hidden">${t('chatLoading')}</span>
    <div class="bone wide"></div>
    <div class="bone"></div>
    <div class="bone short"></div>
  </div>`;
}

/** The chat could not be fetched (offline, blocked): say so, with a Retry. */
function loadErrorView(t: Term, onRetry: () => void): TemplateResult {
  return html`<div class="notice" role="alert" part="status">
    <h3>${t('connectionErrorTitle')}</h3>
    <p>${t('chatLoadFailed')}</p>
    <div class="actions"><button class="button" type="button" @click=${onRetry}>${t('retry')}</button></div>
  </div>`;
}

/**
 * What a panel shows while a chunk it needs is on its way: the shape of a conversation, or a
 * notice with Retry when it could not be fetched (the chat's, or the site owner's chunk).
 */
export const loadingView = (t: Term, failed: boolean, onRetry: () => void): TemplateResult =>
  failed ? loadErrorView(t, onRetry) : skeletonView(t);
