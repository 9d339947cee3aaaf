import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { sendIcon, stopIcon } from './icons.js';

export interface ComposerModel {
  draft: string;
  maxChars: number;
  /** An answer is streaming: the send button becomes "Stop generating". */
  streaming: boolean;
}

export interface ComposerHandlers {
  onInput: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
}

/** Enter sends, Shift+Enter starts a new line; IME composition is left alone. */
export function composerView(model: ComposerModel, handlers: ComposerHandlers) {
  const over = model.draft.length > model.maxChars;
  const empty = model.draft.trim() === '';
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
        aria-label="Message"
        placeholder="Type your message…"
        .value=${live(model.draft)}
        @input=${(e: Event) => handlers.onInput((e.target as HTMLTextAreaElement).value)}
        @keydown=${onKeydown}
      ></textarea>
      ${model.streaming
        ? html`<button class="send stop" part="send-button" type="button" aria-label="Stop generating" @click=${handlers.onStop}>${stopIcon}</button>`
        : html`<button class="send" part="send-button" type="submit" aria-label="Send message" ?disabled=${empty || over}>
            ${sendIcon}
          </button>`}
    </form>
    ${over
      ? html`<div class="hint over" role="status">${model.draft.length} / ${model.maxChars} characters: please shorten your message.</div>`
      : null}`;
}
