import { ApiErrorKind } from '../api/api-error.js';
import { html, nothing } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { withTextFragment } from '../markdown/citations.js';
import type { AnswerVersion } from '../state/answer-versions.js';
import { versionPager } from './version-pager.js';
import { safeLink, type MarkdownRenderer } from '../markdown/render-markdown.js';
import { Delivery, type ChatMessage } from '../state/chat-state.js';
import { failureText } from './describe.js';
import { feedbackFormView } from './feedback-form.js';
import { regenerateIcon, thumbDownIcon, thumbUpIcon } from './chat-icons.js';
import { markdownView } from './markdown-view.js';

export interface MessageHandlers {
  onRetry: () => void;
  /** Gives up on a failed message (by its key, the client_message_id). */
  onDiscard: (key: string) => void;
  onFeedback: (key: string, rating: 'up' | 'down') => void;
  onFeedbackComment: (key: string, comment: string | null) => void;
  onRegenerate: (key: string) => void;
  onSuggestion: (text: string) => void;
  /** Shows version `index` (0-based) of the answers to the question `replyTo`. */
  onVersion: (replyTo: string, index: number) => void;
}

/**
 * How a message that waits for the network is marked: "when you're back online" only when the
 * browser is offline, else "Waiting to send"; and its own Retry only when the panel offers none
 * (the banner's or the status line's): one Retry, never two.
 */
export interface WaitingNote {
  offline: boolean;
  panelRetry: boolean;
}

export interface MessageContext {
  t: Term;
  waiting: WaitingNote;
  renderer: MarkdownRenderer;
  /** The answer whose "what went wrong?" form is open. */
  commentingOn: string | null;
  /** The newest answer: the one that offers regenerate and suggestions. */
  isLatestAnswer: boolean;
  /** The assistant's name, spoken before each answer. */
  assistantName: string;
  /** Which of the question's answers this is, when it was regenerated ("2/2"). */
  version?: AnswerVersion | null;
}

const retryButton = (label: string, onRetry: () => void) =>
  html`<button class="link-button" type="button" @click=${onRetry}>${label}</button>`;

function deliveryView(t: Term, message: ChatMessage, waiting: WaitingNote, handlers: MessageHandlers) {
  const { onRetry, onDiscard, onRegenerate } = handlers;
  switch (message.delivery) {
    case Delivery.Sending:
      return html`<div class="meta">${t('sending')}</div>`;
    case Delivery.Failed: {
      // No network is not a failure of the message: it waits (the outbox sends it when the connection is back).
      if (message.deliveryFailure?.kind === ApiErrorKind.Network) {
        return html`<div class="meta queued">
          <span>${t(waiting.offline ? 'willSendOnline' : 'waitingToSend')}</span>
          ${waiting.panelRetry ? nothing : retryButton(t('retryNow'), onRetry)}
          <button class="link-button" type="button" @click=${() => onDiscard(message.key)}>${t('discard')}</button>
        </div>`;
      }
      const reason = message.deliveryFailure ? failureText(t, message.deliveryFailure) : t('sendFailed');
      return html`<div class="meta failed" role="alert">
        <span>${t('notSent', { reason })}</span>
        <button class="link-button" type="button" @click=${onRetry}>${t('retry')}</button>
        <button class="link-button" type="button" @click=${() => onDiscard(message.key)}>${t('discard')}</button>
      </div>`;
    }
    case Delivery.Sent:
      // The platform took the question, and no answer came (session/answer-watch.ts): Retry asks again.
      if (message.unanswered) {
        return html`<div class="meta failed" role="alert">
          <span>${t('noAnswer')}</span>
          <button class="link-button" type="button" @click=${() => onRegenerate(message.key)}>${t('retry')}</button>
          <button class="link-button" type="button" @click=${() => onDiscard(message.key)}>${t('discard')}</button>
        </div>`;
      }
      return html`<div class="meta"><span class="visually-hidden">${t('sent')}</span></div>`;
    default:
      return nothing;
  }
}

function sourcesView(t: Term, message: ChatMessage) {
  if (message.sources.length === 0 || message.streaming) return nothing;
  return html`<ol class="sources" aria-label=${t('sources')}>
    ${message.sources.map((source, i) => {
      const snippet = source.snippet ? html`<span class="s">${source.snippet}</span>` : nothing;
      const card = html`<span class="n">${i + 1}</span>
        <span><span class="t">${source.title}</span>${snippet}</span>`;
      const href = safeLink(source.url);
      // A refused URL (javascript:, data:, garbage) is no link at all: the card shows as text (a
      // citation can still move focus to it). The page's own site opens in the same tab.
      if (!href) return html`<li><span class="card" tabindex="-1" data-source=${i + 1}>${card}</span></li>`;
      const own = new URL(href).origin === globalThis.location?.origin;
      return html`<li><a class="card" data-source=${i + 1} href=${withTextFragment(href, source.quote)}
        target=${own ? nothing : '_blank'} rel=${own ? nothing : 'noopener noreferrer nofollow'}>${card}</a></li>`;
    })}
  </ol>`;
}

function actionsView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  if (message.role !== 'assistant' || message.streaming || message.seq === null) return nothing;
  const { t } = context;
  const rated = message.feedback;
  const canRegenerate = context.isLatestAnswer || message.interrupted;
  const commenting = context.commentingOn === message.key;
  // The name is also a tooltip: an icon alone does not say what it does to a sighted visitor.
  const thumb = (rating: 'up' | 'down') => html`<button
    class="icon-button small ${rated === rating ? 'chosen' : ''}"
    type="button"
    aria-label=${t(rating === 'up' ? 'helpful' : 'notHelpful')}
    title=${t(rating === 'up' ? 'helpful' : 'notHelpful')}
    aria-pressed=${rated === rating ? 'true' : 'false'}
    @click=${() => handlers.onFeedback(message.key, rating)}
  >${rating === 'up' ? thumbUpIcon : thumbDownIcon}</button>`;
  return html`<div class="actions-row">
      ${thumb('up')} ${thumb('down')}
      ${
        canRegenerate
          ? html`<button class="icon-button small" type="button" aria-label=${t('regenerateAnswer')}
              title=${t('regenerate')} @click=${() => handlers.onRegenerate(message.key)}>${regenerateIcon}</button>`
          : nothing
      }
      ${rated && !commenting ? html`<span class="thanks">${t('thanksForFeedback')}</span>` : nothing}
    </div>
    ${commenting ? feedbackFormView(t, message.key, handlers.onFeedbackComment) : nothing}`;
}

function suggestionsView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  if (!context.isLatestAnswer || message.streaming || message.suggestions.length === 0) return nothing;
  return suggestionChips(message.suggestions, handlers.onSuggestion, context.t('suggestedFollowUps'));
}

export function suggestionChips(prompts: readonly string[], onPick: (text: string) => void, label: string) {
  return html`<div class="suggestions" part="suggestions" role="group" aria-label=${label}>
    ${prompts.map(
      (prompt) => html`<button class="chip" type="button" dir="auto" @click=${() => onPick(prompt)}>${prompt}</button>`,
    )}
  </div>`;
}

/** When it was written: the time of day, shown on hover or focus (styles), always there for screen readers. */
function timeView(t: Term, createdAt: string) {
  const at = Date.parse(createdAt);
  return Number.isNaN(at)
    ? nothing
    : html`<time class="time" datetime=${new Date(at).toISOString()}>${t('messageTime', { at })}</time>`;
}

export function messageView(message: ChatMessage, context: MessageContext, handlers: MessageHandlers) {
  const streamingEmpty = message.streaming && message.content === '';
  const bubbleKind = message.role === 'user' ? 'plain' : 'markdown';
  const speaker =
    message.role === 'user' ? context.t('youSaid') : context.t('speakerSaid', { name: context.assistantName });
  const body =
    message.role === 'user' ? message.content : markdownView(context.renderer, message.content, message.streaming);
  return html`<div
    class="message ${message.role}"
    part="message message-${message.role}"
    data-key=${message.key}
    aria-busy=${message.streaming ? 'true' : 'false'}
  >
    <span class="visually-hidden">${speaker}</span>
    ${
      streamingEmpty
        ? nothing
        : html`<div class="bubble ${bubbleKind} ${message.streaming ? 'cursor' : ''}" dir="auto">${body}</div>`
    }
    ${timeView(context.t, message.createdAt)}
    ${
      message.interrupted
        ? html`<div class="meta interrupted">${context.t('interrupted')}
          <button class="link-button" type="button" @click=${() => handlers.onRegenerate(message.key)}>
            ${context.t('regenerate')}
          </button></div>`
        : nothing
    }
    ${context.version ? versionPager(context.t, context.version, handlers.onVersion) : nothing}
    ${sourcesView(context.t, message)} ${deliveryView(context.t, message, context.waiting, handlers)}
    ${actionsView(message, context, handlers)}
    ${suggestionsView(message, context, handlers)}
  </div>`;
}
