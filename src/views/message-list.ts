import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import type { ChatMessage } from '../state/chat-state.js';
import { markdownView } from './markdown-view.js';
import { messageView, suggestionChips, type MessageHandlers } from './message-view.js';

export interface MessageListModel {
  messages: readonly ChatMessage[];
  awaitingAnswer: boolean;
  title: string;
  greeting: string;
  starterPrompts: readonly string[];
  renderer: MarkdownRenderer;
  commentingOn: string | null;
}

export interface MessageListHandlers extends MessageHandlers {
  onScroll: (event: Event) => void;
  onClick: (event: Event) => void;
}

/**
 * The conversation. It is a log for assistive technology, but announces nothing itself
 * (aria-live off): a separate status region reads each answer once, when complete, instead of
 * every streamed token.
 */
export function messageListView(model: MessageListModel, handlers: MessageListHandlers) {
  const streaming = model.messages.some((m) => m.streaming);
  const latestAnswer = [...model.messages].reverse().find((m) => m.role === 'assistant');
  const last = model.messages[model.messages.length - 1];
  return html`<div class="messages" part="messages" role="log" aria-live="off" tabindex="0" aria-label="Conversation" @scroll=${handlers.onScroll} @click=${handlers.onClick}>
    <div class="message assistant greeting" part="message message-assistant">
      <div class="bubble markdown">${markdownView(model.renderer, model.greeting)}</div>
    </div>
    ${model.messages.length === 0 && model.starterPrompts.length > 0
      ? suggestionChips(model.starterPrompts, handlers.onSuggestion, 'Suggested questions')
      : nothing}
    ${repeat(
      model.messages,
      (m) => m.key,
      (m) => messageView(m, { renderer: model.renderer, commentingOn: model.commentingOn, isLatestAnswer: m === latestAnswer && m === last }, handlers),
    )}
    ${model.awaitingAnswer && !streaming
      ? html`<div class="typing" role="status" aria-label="The assistant is typing"><span></span><span></span><span></span></div>`
      : nothing}
  </div>`;
}
