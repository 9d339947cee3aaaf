import { html, nothing } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { SocketState } from '../protocol/connection.js';
import type { ChatState } from '../state/chat-state.js';
import { isAwaitingAnswer } from '../state/reducer.js';
import { composerView, type ComposerHandlers } from './composer.js';
import { statusAnnouncement, statusLine } from './describe.js';
import { messageListView, type MessageListHandlers } from './message-list.js';
import { connectionErrorView, statusBarView } from './notices.js';
import { panelFrame, type FrameModel } from './panel-frame.js';

export interface ChatPanelModel {
  /** Markdown; '' for none. */
  greeting: string;
  starterPrompts: readonly string[];
  state: ChatState;
  /** The scheduler's clock, for the reconnect countdown. */
  now: number;
  draft: string;
  /** See ComposerModel. */
  cutPaste: number | null;
  tooFast: boolean;
  /** The visitor prefers answers read once complete, not sentence by sentence. */
  readAtEnd: boolean;
  /** How many of the latest messages to draw. */
  shown: number;
  renderer: MarkdownRenderer;
  /** The `debug` view (chat/debug.ts), drawn above the conversation; null without `debug`. */
  diagnostics: unknown;
  /** The visitor's choice among regenerated answers. */
  chosenVersions: ReadonlyMap<string, number>;
}

export interface ChatPanelHandlers extends MessageListHandlers, ComposerHandlers {
  onReload: () => void;
  onRetest: () => void;
  onReadingToggle: () => void;
}

/** The chat in its panel frame: status or error notice, the conversation, the composer. */
export function chatPanelView(frame: FrameModel, model: ChatPanelModel, handlers: ChatPanelHandlers) {
  // The header says the chat has arrived (its AI label); the connection is the status line's to say.
  return panelFrame({ ...frame, ai: true }, chatView(frame.t, model, handlers, frame.title));
}

function chatView(t: Term, model: ChatPanelModel, handlers: ChatPanelHandlers, assistantName: string) {
  const { state } = model;
  const waiting = state.connection.state === SocketState.Waiting;
  const streaming = state.messages.some((m) => m.streaming);
  // For screen reader users: shown only when focused, first in the panel's body.
  return html`
    <button class="link-button skip" type="button" aria-pressed=${model.readAtEnd ? 'false' : 'true'}
      @click=${handlers.onReadingToggle}>${t('readAsTheyArrive')}</button>
    ${model.diagnostics ?? nothing}
    ${
      state.error
        ? connectionErrorView(t, state.error, state.connection.state, handlers.onRetry, handlers.onReload)
        : statusBarView(
            t,
            statusLine(t, state.connection, model.now),
            statusAnnouncement(t, state.connection),
            waiting ? handlers.onRetry : null,
          )
    }
    ${messageListView(
      {
        t,
        messages: state.messages,
        awaitingAnswer: isAwaitingAnswer(state),
        greeting: model.greeting,
        shown: model.shown,
        starterPrompts: model.starterPrompts,
        renderer: model.renderer,
        commentingOn: state.commentingOn,
        assistantName,
        now: model.now,
        chosenVersions: model.chosenVersions,
        // One Retry: the banner's or the status line's, else a waiting message's own.
        waiting: { offline: state.connection.state === SocketState.Suspended, panelRetry: !!state.error || waiting },
      },
      handlers,
    )}
    ${composerView(t, { draft: model.draft, cutPaste: model.cutPaste, tooFast: model.tooFast, streaming }, handlers)}
  `;
}
