import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';

/** The "what went wrong?" form under a thumbs-down: Send (with the comment) or Skip (null). */
export function feedbackFormView(t: Term, key: string, onDone: (key: string, comment: string | null) => void) {
  const submit = (event: Event) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('comment') as HTMLTextAreaElement;
    onDone(key, field.value);
  };
  return html`<form class="feedback-form" @submit=${submit}>
    <label for="comment-${key}">${t('feedbackQuestion')}</label>
    <textarea id="comment-${key}" name="comment" rows="2" maxlength="1000"></textarea>
    <div class="actions">
      <button class="button" type="submit">${t('feedbackSend')}</button>
      <button class="button secondary" type="button" @click=${() => onDone(key, null)}>${t('feedbackSkip')}</button>
    </div>
  </form>`;
}
