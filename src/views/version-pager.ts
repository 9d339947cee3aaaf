import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import type { AnswerVersion } from '../state/answer-versions.js';

/** "‹ 2/2 ›" on a regenerated answer: the earlier versions stay reachable (state/answer-versions.ts). */
export function versionPager(t: Term, version: AnswerVersion, onVersion: (replyTo: string, index: number) => void) {
  const { replyTo, n, total } = version;
  return html`<div class="versions" role="group" aria-label=${t('versionLabel', { n, total })}>
    <button class="icon-button small" type="button" aria-label=${t('previousVersion')} ?disabled=${n <= 1}
      @click=${() => onVersion(replyTo, n - 2)}>‹</button>
    <span aria-hidden="true">${t('versionOf', { n, total })}</span>
    <button class="icon-button small" type="button" aria-label=${t('nextVersion')} ?disabled=${n >= total}
      @click=${() => onVersion(replyTo, n)}>›</button>
  </div>`;
}
