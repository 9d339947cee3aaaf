import { html, nothing } from 'lit';
import { Delivery, type ChatMessage } from '../state/chat-state.js';

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

/** Only web and mail links leave the widget; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string): string {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : '#';
  } catch {
    return '#';
  }
}

export function messageView(message: ChatMessage, onRetry: () => void) {
  const streamingEmpty = message.streaming && message.content === '';
  return html`<div
    class="message ${message.role}"
    part="message message-${message.role}"
    data-key=${message.key}
    aria-busy=${message.streaming ? 'true' : 'false'}
  >
    ${streamingEmpty
      ? nothing
      : html`<div class="bubble ${message.streaming ? 'cursor' : ''}">${message.content}</div>`}
    ${message.interrupted ? html`<div class="meta">This answer was interrupted.</div>` : nothing}
    ${sourcesView(message)} ${deliveryView(message, onRetry)}
  </div>`;
}
