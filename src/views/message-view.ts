import { html, nothing } from 'lit';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { Delivery, type ChatMessage } from '../state/chat-state.js';
import { regenerateIcon, thumbDownIcon, thumbUpIcon } from './icons.js';
import { markdownView } from './markdown-view.js';

export interface MessageHandlers {
  onRetry: () => void;
  onFeedback: (key: string, rating: 'up' | 'down') => void;
  onFeedbackComment: (key: string, comment: string | null) => void;
  onRegenerate: (key: string) => void;
  onSuggestion: (text: string) => void;
}

export interface MessageContext {
  renderer: MarkdownRenderer;
  /** The answer whose "what went wrong?" form is open. */
  commentingOn: string | null;
  /** The newest answer: the one that offers regenerate and suggestions. */
  isLatestAnswer: boolean;
}

function deliveryView(message: ChatMessage, onRetry: () => void) {
  switch (message.delivery) {
    case Delivery.Sending:
      return html`<div class="meta">Sending…</div>`;
    case Delivery.Failed:
      return html`<div class="meta failed" role="alert">
        <span>Not sent: ${message.deliveryError}</span>
        <button class="link-button" type="button" @click=${onRetry}>Retry</button>
      </div>`;
    case Delivery.Sent:
      return html`<div class="meta"><span class="visually-hidden">Sent</span></div>`;
    default:
      return nothing;
  }
}

function sourcesView(message: ChatMessage) {
  if (message.sources.length === 0 || message.streaming) return nothing;
  return html`<ol class="sources" aria-label="Sources">
    ${message.sources.map(
      (source, i) => html`<li>
        <a href=${safeHref(source.url)} target="_blank" rel="noopener noreferrer nofollow">
          <span class="n">${i + 1}</span>
          <span><span class="t">${source.title}</span>${source.snippet ? html`<span class="s">${source.snippet}</span>` : nothing}</span>
        </a>
      </li>`,
    )}
  </ol>`;
}

/** Only web, mail and phone links leave the widget; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : '#';
  } catch {
    return '#';
  }
}

function actionsView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  if (message.role !== 'assistant' || message.streaming || message.seq === null) return nothing;
  const rated = message.feedback;
  const canRegenerate = context.isLatestAnswer || message.interrupted;
  return html`<div class="actions-row">
      <button class="icon-button small ${rated === 'up' ? 'chosen' : ''}" type="button" aria-label="Helpful" aria-pressed=${rated === 'up' ? 'true' : 'false'} @click=${() => handlers.onFeedback(message.key, 'up')}>${thumbUpIcon}</button>
      <button class="icon-button small ${rated === 'down' ? 'chosen' : ''}" type="button" aria-label="Not helpful" aria-pressed=${rated === 'down' ? 'true' : 'false'} @click=${() => handlers.onFeedback(message.key, 'down')}>${thumbDownIcon}</button>
      ${canRegenerate
        ? html`<button class="icon-button small" type="button" aria-label="Regenerate answer" title="Regenerate" @click=${() => handlers.onRegenerate(message.key)}>${regenerateIcon}</button>`
        : nothing}
      ${rated && context.commentingOn !== message.key ? html`<span class="thanks">Thanks for your feedback</span>` : nothing}
    </div>
    ${context.commentingOn === message.key ? commentView(message.key, handlers) : nothing}`;
}

function commentView(key: string, handlers: MessageHandlers) {
  const submit = (event: Event) => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('comment') as HTMLTextAreaElement;
    handlers.onFeedbackComment(key, field.value);
  };
  return html`<form class="feedback-form" @submit=${submit}>
    <label for="comment-${key}">What was wrong with this answer? (optional)</label>
    <textarea id="comment-${key}" name="comment" rows="2" maxlength="1000"></textarea>
    <div class="actions">
      <button class="button" type="submit">Send</button>
      <button class="button secondary" type="button" @click=${() => handlers.onFeedbackComment(key, null)}>Skip</button>
    </div>
  </form>`;
}

function suggestionsView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  if (!context.isLatestAnswer || message.streaming || message.suggestions.length === 0) return nothing;
  return suggestionChips(message.suggestions, handlers.onSuggestion, 'Suggested follow-up questions');
}

export function suggestionChips(prompts: readonly string[], onPick: (text: string) => void, label: string) {
  return html`<div class="suggestions" part="suggestions" role="group" aria-label=${label}>
    ${prompts.map((prompt) => html`<button class="chip" type="button" @click=${() => onPick(prompt)}>${prompt}</button>`)}
  </div>`;
}

export function messageView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  const streamingEmpty = message.streaming && message.content === '';
  const body =
    message.role === 'user' ? message.content : markdownView(context.renderer, message.content);
  return html`<div
    class="message ${message.role}"
    part="message message-${message.role}"
    data-key=${message.key}
    aria-busy=${message.streaming ? 'true' : 'false'}
  >
    ${streamingEmpty
      ? nothing
      : html`<div class="bubble ${message.role === 'user' ? 'plain' : 'markdown'} ${message.streaming ? 'cursor' : ''}">${body}</div>`}
    ${message.interrupted
      ? html`<div class="meta interrupted">This answer was interrupted.
          <button class="link-button" type="button" @click=${() => handlers.onRegenerate(message.key)}>Regenerate</button></div>`
      : nothing}
    ${sourcesView(message)} ${deliveryView(message, handlers.onRetry)} ${actionsView(message, context, handlers)}
    ${suggestionsView(message, context, handlers)}
  </div>`;
}
