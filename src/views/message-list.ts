import { html, nothing } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import type { ChatMessage } from '../state/chat-state.js';
import { versionsShown } from '../state/answer-versions.js';
import { markdownView } from './markdown-view.js';
import { messageView, suggestionChips, type MessageHandlers, type WaitingNote } from './message-view.js';

/** Rows per group: only a size, since every row keeps its place either way. */
const GROUP = 60;

/**
 * The conversation's rows by their place in it, from the first message on: a message keeps its
 * DOM (its focus, its state) while newer ones are added below and older ones drawn above (`from`
 * moves back), since the conversation grows only at its ends. Rows before `from` are drawn as
 * nothing, in groups, so a long history costs a part per group, not per message. (Lit's keyed
 * `repeat` would need Lit's internals, which the loader does not hand the chat: no page script
 * may reach them.)
 */
function byPosition<T>(items: readonly T[], from: number, row: (item: T, index: number) => unknown): unknown[] {
  const groups: unknown[] = [];
  for (let start = 0; start < items.length; start += GROUP) {
    const end = Math.min(items.length, start + GROUP);
    const group =
      end <= from
        ? nothing
        : items.slice(start, end).map((item, j) => (start + j < from ? nothing : row(item, start + j)));
    groups.push(group);
  }
  return groups;
}

export interface MessageListModel {
  t: Term;
  messages: readonly ChatMessage[];
  awaitingAnswer: boolean;
  /** Markdown; '' for none. */
  greeting: string;
  /** How many of the latest messages to draw (a long history is drawn from the end, more on scroll). */
  shown: number;
  starterPrompts: readonly string[];
  renderer: MarkdownRenderer;
  commentingOn: string | null;
  /** Who answers, as assistive technology names the speaker of each answer (the panel's title). */
  assistantName: string;
  /** The clock, for "Today" and "Yesterday" in the date separators. */
  now: number;
  /** The visitor's choice among regenerated answers (state/answer-versions.ts). */
  chosenVersions: ReadonlyMap<string, number>;
  waiting: WaitingNote;
}

/** A line with the day before the first message of each day ("Today", "Yesterday", a date). */
function daySeparator(t: Term, message: ChatMessage, previous: ChatMessage | undefined, now: number) {
  const at = Date.parse(message.createdAt);
  if (Number.isNaN(at)) return nothing;
  const day = new Date(at).toDateString();
  const before = previous ? Date.parse(previous.createdAt) : Number.NaN;
  if (!Number.isNaN(before) && new Date(before).toDateString() === day) return nothing;
  const date = new Date(at).toISOString().slice(0, 10);
  return html`<p class="day"><time datetime=${date}>${t('messageDay', { at, now })}</time></p>`;
}

export interface MessageListHandlers extends MessageHandlers {
  onScroll: (event: Event) => void;
  /** Draw older messages (the button at the top, or scrolling near it). */
  onShowEarlier: () => void;
  onClick: (event: Event) => void;
}

/**
 * The conversation. It is a log for assistive technology, but announces nothing itself
 * (aria-live off): a separate status region reads each answer once, when complete, instead of
 * every streamed token.
 */
export function messageListView(model: MessageListModel, handlers: MessageListHandlers) {
  // One place per question: a regenerated answer's earlier versions are behind its "2/2".
  const { visible: messages, versionOf } = versionsShown(model.messages, model.chosenVersions);
  const streaming = messages.some((m) => m.streaming);
  const latestAnswer = [...messages].reverse().find((m) => m.role === 'assistant');
  const last = messages[messages.length - 1];
  const { t } = model;
  const earlier = Math.max(0, messages.length - model.shown);
  // The first message's day opens the conversation, above the greeting (which has no day of its own).
  const dayFirst = earlier === 0 && model.greeting !== '' && messages.length > 0;
  return html`<div class="messages" part="messages" role="log" aria-live="off" tabindex="0"
    aria-label=${t('conversation')} @scroll=${handlers.onScroll} @click=${handlers.onClick}>
    ${
      earlier > 0
        ? html`<button class="link-button earlier" type="button" @click=${handlers.onShowEarlier}>
            ${t('showEarlier', { count: earlier })}
          </button>`
        : model.greeting
          ? html`${dayFirst ? daySeparator(t, messages[0]!, undefined, model.now) : nothing}
        <div class="message assistant greeting" part="message message-assistant">
          <div class="bubble markdown" dir="auto">${markdownView(model.renderer, model.greeting)}</div>
        </div>`
          : nothing
    }
    ${messages.length === 0 ? html`<slot name="empty"></slot>` : nothing}
    ${
      messages.length === 0 && model.starterPrompts.length > 0
        ? suggestionChips(model.starterPrompts, handlers.onSuggestion, t('suggestedQuestions'))
        : nothing
    }
    ${byPosition(
      messages,
      earlier,
      (m, i) =>
        html`${i === 0 && dayFirst ? nothing : daySeparator(t, m, messages[i - 1], model.now)}${messageView(
          m,
          {
            t,
            waiting: model.waiting,
            renderer: model.renderer,
            commentingOn: model.commentingOn,
            isLatestAnswer: m === latestAnswer && m === last,
            assistantName: model.assistantName,
            version: versionOf.get(m) ?? null,
          },
          handlers,
        )}`,
    )}
    ${
      model.awaitingAnswer && !streaming
        ? html`<div class="typing" role="status">
            <span class="visually-hidden">${t('typing')}</span><span aria-hidden="true"></span
            ><span aria-hidden="true"></span><span aria-hidden="true"></span>
          </div>`
        : nothing
    }
  </div>`;
}
