import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { MAX_COMPOSER_CHARS, pasteRoom } from '../state/composer-limit.js';
import { MAX_MESSAGE_CHARS, checkMessage } from '../state/message-limit.js';
import { sendIcon, stopIcon } from './chat-icons.js';

export interface ComposerModel {
  draft: string;
  /** The length of the last paste, when it was too long to take whole (null otherwise). */
  cutPaste: number | null;
  /** The last send was refused: sent too fast after the ones before. */
  tooFast: boolean;
  /** An answer is streaming: the send button becomes "Stop generating". */
  streaming: boolean;
}

export interface ComposerHandlers {
  /** The field's new value; `cutPaste`: a paste of that many characters was cut to fit. */
  onInput: (value: string, cutPaste?: number) => void;
  onSend: () => void;
  onStop: () => void;
}

/** Enter sends, Shift+Enter starts a new line; IME composition is left alone. */
export function composerView(t: Term, model: ComposerModel, handlers: ComposerHandlers) {
  const checked = checkMessage(model.draft);
  const over = !checked.ok && checked.problem === 'too-long';
  // A paste past MAX_COMPOSER_CHARS is cut to fit (it stays whole on the clipboard): the page
  // stays responsive whatever is pasted, and the visitor is told at once.
  const onPaste = (event: ClipboardEvent) => {
    const field = event.target as HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const kept = field.value.length - (field.selectionEnd - field.selectionStart);
    const room = pasteRoom(kept, pasted);
    if (room === pasted.length) return;
    event.preventDefault();
    field.setRangeText(pasted.slice(0, room), field.selectionStart, field.selectionEnd, 'end');
    handlers.onInput(field.value, pasted.length);
  };
  const onKeydown = (event: KeyboardEvent) => {
    // An Enter that confirms an IME composition never sends. WebKit fires `compositionend`
    // before that Enter's keydown, so `isComposing` is already false there: keyCode 229 says it.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      handlers.onSend();
    }
  };
  return html`<form class="composer" part="composer" @submit=${(e: Event) => (e.preventDefault(), handlers.onSend())}>
      <textarea
        part="input"
        dir="auto"
        rows="1"
        aria-label=${t('messageLabel')}
        placeholder=${t('messagePlaceholder')}
        maxlength=${MAX_COMPOSER_CHARS}
        .value=${model.draft}
        @input=${(e: Event) => handlers.onInput((e.target as HTMLTextAreaElement).value)}
        @keydown=${onKeydown}
        @paste=${onPaste}
      ></textarea>
      ${
        model.streaming
          ? html`<button class="send stop" part="send-button" type="button" aria-label=${t('stopGenerating')}
              @click=${handlers.onStop}>${stopIcon}</button>`
          : html`<button class="send" part="send-button" type="submit" aria-label=${t('sendMessage')}
              ?disabled=${!checked.ok}>${sendIcon}</button>`
      }
    </form>
    ${
      over
        ? html`<div class="hint over" role="status">
          ${
            model.cutPaste === null
              ? t('messageTooLong', { count: checked.length, max: MAX_MESSAGE_CHARS })
              : t('pasteTooLong', { count: model.cutPaste, kept: MAX_COMPOSER_CHARS, max: MAX_MESSAGE_CHARS })
          }
        </div>`
        : model.tooFast
          ? html`<div class="hint over" role="status">${t('sendTooFast')}</div>`
          : null
    }`;
}
