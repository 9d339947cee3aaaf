import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatMessage } from '../state/chat-state.js';
import { messageView } from './message-view.js';

export interface MessageListModel {
  messages: readonly ChatMessage[];
  awaitingAnswer: boolean;
  title: string;
}

/** The conversation as a log: new answers are announced once complete, not token by token. */
export function messageListView(model: MessageListModel, onRetry: () => void, onScroll: (event: Event) => void) {
  const streaming = model.messages.some((m) => m.streaming);
  return html`<div class="messages" part="messages" role="log" aria-live="polite" aria-relevant="additions" aria-busy=${streaming ? 'true' : 'false'} tabindex="0" aria-label="Conversation" @scroll=${onScroll}>
    ${model.messages.length === 0
      ? html`<div class="empty"><strong>Hi! How can we help?</strong>Ask ${model.title} anything about our services, pricing or how to reach us.</div>`
      : nothing}
    ${repeat(model.messages, (m) => m.key, (m) => messageView(m, onRetry))}
    ${model.awaitingAnswer && !streaming
      ? html`<div class="typing" role="status" aria-label="The assistant is typing"><span></span><span></span><span></span></div>`
      : nothing}
  </div>`;
}
