import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { closeIcon, sparkIcon } from './icons.js';

/**
 * Title, the label that says the assistant is an AI, and the close button. People are told they
 * talk to an AI system (EU AI Act, Art. 50(1)); a green "Online" dot would suggest a person. The
 * connection's state is said once, by the status line or the banner (notices.ts), not here too.
 * `ai` once the chat has arrived (its words bring the label). The close button: on a wide screen
 * the launcher closes the panel too, so only one of them shows (frame-extras.styles.ts).
 */
export function headerView(t: Term, title: string, ai: boolean | undefined, onClose: (() => void) | null) {
  return html`<div class="header" part="header">
    <span class="avatar">${sparkIcon}</span>
    <div class="titles">
      <h2 id="title">${title}</h2>
      ${ai ? html`<div class="subtitle"><span class="ai-label" part="ai-label">${t('aiLabel')}</span></div>` : null}
    </div>
    <slot name="header-actions"></slot>
    ${
      onClose
        ? html`<button class="icon-button" type="button" aria-label=${t('closeChat')}
            @click=${onClose}>${closeIcon}</button>`
        : null
    }
  </div>`;
}
