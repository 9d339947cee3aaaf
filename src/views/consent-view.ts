import { html, nothing } from 'lit/html.js';
import type { Term } from '../i18n/term.js';

export interface ConsentModel {
  /** The owner's `consent-notice`, or null for the catalogue's words. A `consent` slot wins over both. */
  notice: string | null;
  /** An inline chat cannot be closed: no "No thanks". */
  inline: boolean;
}

/**
 * `consent="required"`: the owner's notice before anything is stored or sent, with Accept (the
 * chat starts) and, in a floating panel, No thanks (it closes; nothing is remembered).
 */
export function consentView(t: Term, model: ConsentModel, onAccept: () => void, onDecline: () => void) {
  return html`<div class="consent" part="consent" role="group" aria-labelledby="consent-title">
    <h3 id="consent-title">${t('consentTitle')}</h3>
    <div class="consent-notice"><slot name="consent">${model.notice ?? t('consentNotice')}</slot></div>
    <div class="actions">
      <button class="button" type="button" @click=${onAccept}>${t('consentAccept')}</button>
      ${
        model.inline
          ? nothing
          : html`<button class="button secondary" type="button" @click=${onDecline}>${t('consentDecline')}</button>`
      }
    </div>
  </div>`;
}
