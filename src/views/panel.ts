import { html, nothing } from 'lit';
import type { ConfigResult } from '../config/config.js';
import type { Term } from '../i18n/term.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { SocketState } from '../protocol/connection.js';
import type { ChatState } from '../state/chat-state.js';
import { isAwaitingAnswer } from '../state/reducer.js';
import { composerView, type ComposerHandlers } from './composer.js';
import { statusLine } from './describe.js';
import { diagnosticsView, type DiagnosticsModel } from './diagnostics-view.js';
import { headerView } from './header.js';
import { messageListView, type MessageListHandlers } from './message-list.js';
import { configErrorView, connectionErrorView, statusBarView } from './notices.js';

export interface PanelModel {
  t: Term;
  title: string;
  /** Markdown; '' for none. */
  greeting: string;
  starterPrompts: readonly string[];
  inline: boolean;
  config: ConfigResult;
  state: ChatState;
  /** The scheduler's clock, for the reconnect countdown. */
  now: number;
  draft: string;
  renderer: MarkdownRenderer;
  /** Shown when `debug` is set. */
  diagnostics: DiagnosticsModel | null;
}

export interface PanelHandlers extends MessageListHandlers, ComposerHandlers {
  /** Not offered inline: an inline chat cannot be closed. */
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  onReload: () => void;
  onRetest: () => void;
}

/** The chat panel: a labelled dialog (a region when inline) with header, conversation and composer. */
export function panelView(model: PanelModel, handlers: PanelHandlers) {
  const { t, config, state } = model;
  return html`<section
    id="panel"
    class="panel"
    part="panel"
    role=${model.inline ? 'region' : 'dialog'}
    aria-modal="false"
    aria-labelledby="title"
    @keydown=${handlers.onKeydown}
  >
    ${headerView(t, model.title, config.ok ? state.connection.state : null, model.inline ? null : handlers.onClose)}
    <div class="body">${config.ok ? chatView(model, handlers) : configErrorView(t, config.problems)}</div>
  </section>`;
}

function chatView(model: PanelModel, handlers: PanelHandlers) {
  const { t, state } = model;
  const waiting = state.connection.state === SocketState.Waiting;
  return html`
    ${model.diagnostics ? diagnosticsView(t, model.diagnostics, handlers.onRetest) : nothing}
    ${state.error
      ? connectionErrorView(t, state.error, handlers.onRetry, handlers.onReload)
      : html`${statusBarView(t, statusLine(t, state.connection, model.now), waiting ? handlers.onRetry : null)}
        ${messageListView(
          {
            t,
            messages: state.messages,
            awaitingAnswer: isAwaitingAnswer(state),
            greeting: model.greeting,
            starterPrompts: model.starterPrompts,
            renderer: model.renderer,
            commentingOn: state.commentingOn,
          },
          handlers,
        )}`}
    ${composerView(t, { draft: model.draft, streaming: state.messages.some((m) => m.streaming) }, handlers)}
  `;
}
