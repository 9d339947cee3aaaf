/**
 * What the panel's controls do (views/panel.ts: ChatPanelHandlers), made once per chat, not per
 * render. Each control asks the session, the composer's input or the visitor's view of the
 * conversation, and, where the control it was used on goes away (a chip, Stop, the feedback
 * form, Retry), says where focus goes, so it never falls to the page's <body>.
 */
import type { AnnouncerController } from '../controllers/announcer-controller.js';
import type { LogFollowController } from '../controllers/log-follow-controller.js';
import type { SessionController } from '../controllers/session-controller.js';
import { answerClick } from '../views/answer-clicks.js';
import type { ChatPanelHandlers } from '../views/panel.js';
import type { ChatEvents } from './chat-events.js';
import type { ComposerInput } from './composer-input.js';
import type { PanelViewState } from './panel-view-state.js';
import type { ChatRuntimeOptions } from './runtime-options.js';

/** The parts of the chat the panel's controls act on (the chat's runtime has them). */
export interface PanelParts {
  options: ChatRuntimeOptions;
  sessions: SessionController;
  input: ComposerInput;
  view: PanelViewState;
  logFollow: LogFollowController;
  announcer: AnnouncerController;
  events: ChatEvents;
  /** Runs the `debug` view's connection test again. */
  retest: () => void;
}

/** Moves focus to `selector` once the panel has drawn what changed (by default, the composer). */
export function focusAfterRender(options: ChatRuntimeOptions, selector = '.composer textarea'): void {
  options.host.requestUpdate();
  void options.host.updateComplete.then(() => options.root()?.querySelector<HTMLElement>(selector)?.focus());
}

export function panelHandlers(parts: PanelParts): ChatPanelHandlers {
  const { options, sessions, input, view, logFollow, announcer, events } = parts;
  const focus = (selector?: string) => focusAfterRender(options, selector);
  const answers = () => sessions.session?.answers;
  return {
    onRetry: () => {
      sessions.session?.retry();
      focus();
    },
    onDiscard: (key) => sessions.session?.discard(key),
    onReload: () => options.ports().reload(),
    onRetest: parts.retest,
    onScroll: (event) => logFollow.onScroll(event),
    // The next page of older messages, drawn above, the visitor's place kept.
    onShowEarlier: () => {
      if (view.drawn >= sessions.state.messages.length) return;
      logFollow.keepPlace();
      view.drawMore();
    },
    onClick: (event) => {
      void answerClick(options.t(), event, options.ports().clipboard()).then((said) => said && announcer.say(said));
    },
    onSuggestion: (text) => {
      focus();
      input.submit(text);
    },
    // Thumbs up is sent at once; thumbs down after its comment form's Send or Skip (null).
    onFeedback: (key, rating) => {
      if (rating === 'up') {
        void answers()?.rate(key, rating).then(events.feedback);
      } else {
        answers()?.openFeedbackForm(key);
        focus('.feedback-form textarea');
      }
    },
    onFeedbackComment: (key, comment) => {
      focus();
      void answers()?.rate(key, 'down', comment).then(events.feedback);
    },
    onRegenerate: (key) => {
      view.showNewest(sessions.state.messages.find((m) => m.key === key)?.replyTo ?? null);
      void answers()?.regenerate(key);
    },
    onVersion: (replyTo, index) => view.chooseVersion(replyTo, index),
    onInput: (value, cutPaste) => {
      input.draft.input(value, cutPaste);
      options.host.requestUpdate();
    },
    onSend: () => {
      if (input.submit(input.draft.text)) input.draft.set('');
      options.host.requestUpdate();
    },
    onStop: () => {
      focus();
      answers()?.stop();
    },
    onReadingToggle: () => view.toggleReading(),
  };
}
