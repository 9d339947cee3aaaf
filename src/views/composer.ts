import { html } from 'lit';
import type { Term } from '../i18n/term.js';
import { MAX_MESSAGE_CHARS, checkMessage } from '../state/message-limit.js';
import { sendIcon, stopIcon } from './chat-icons.js';

export interface ComposerModel {
  draft: string;
  /** An answer is streaming: the send button becomes "Stop generating". */
  streaming: boolean;
}

export interface ComposerHandlers {
  onInput: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
}

/** Enter sends, Shift+Enter starts a new line; IME composition is left alone. */
export function composerView(t: Term, model: ComposerModel, handlers: ComposerHandlers) {
  const checked = checkMessage(model.draft);
  const over = !checked.ok && checked.problem === 'too-long';
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      handlers.onSend();
    }
  };
  return html`<form class="composer" part="composer" @submit=${(e: Event) => (e.preventDefault(), handlers.onSend())}>
      <textarea
        part="input"
        rows="1"
        aria-label=${t('messageLabel')}
        placeholder=${t('messagePlaceholder')}
        .value=${model.draft}
        @input=${(e: Event) => handlers.onInput((e.target as HTMLTextAreaElement).value)}
        @keydown=${onKeydown}
      ></textarea>
      ${model.streaming
        ? html`<button class="send stop" part="send-button" type="button" aria-label=${t('stopGenerating')} @click=${handlers.onStop}>${stopIcon}</button>`
        : html`<button class="send" part="send-button" type="submit" aria-label=${t('sendMessage')} ?disabled=${!checked.ok}>${sendIcon}</button>`}
    </form>
    ${over ? html`<div class="hint over" role="status">${t('messageTooLong', { count: checked.length, max: MAX_MESSAGE_CHARS })}</div>` : null}`;
}
