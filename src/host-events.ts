/**
 * Every event the element sends the host page leaves from here: the one place that knows
 * their names, their details, and the words of their `message` (from the string catalogue).
 */
import type { ConfigProblem } from './config/config.js';
import { EVENTS, emit } from './events.js';
import type { Term } from './i18n/term.js';
import type { FeedbackOutcome } from './session/answer-controls.js';
import { MAX_MESSAGE_CHARS } from './state/message-limit.js';
import { nextDelayOf, problemOf } from './socket/socket-status.js';
import type { Transitions } from './state/transitions.js';
import { configProblemsText, failureText, problemText } from './views/describe.js';
import { VERSION } from './version.js';

export class HostEvents {
  constructor(
    private readonly host: HTMLElement,
    private readonly t: () => Term,
  ) {}

  ready(): void {
    emit(this.host, EVENTS.ready, { version: VERSION });
  }

  /** The panel opened or closed. */
  toggled(opened: boolean): void {
    emit(this.host, opened ? EVENTS.open : EVENTS.close, {});
  }

  /** The cancelable `miptech-message-send`: false when the host page vetoed the send. */
  sending(text: string): boolean {
    return emit(this.host, EVENTS.messageSend, { text }, { cancelable: true });
  }

  tooLong(): void {
    emit(this.host, EVENTS.error, { kind: 'send', message: this.t()('messageLimit', { max: MAX_MESSAGE_CHARS }) });
  }

  /** The platform stored a rating (`miptech-feedback`), or refused it (`miptech-error`). */
  readonly feedback = (outcome: FeedbackOutcome | null): void => {
    if (!outcome) return;
    const { stored, ...detail } = outcome;
    if (stored) emit(this.host, EVENTS.feedback, detail);
    else emit(this.host, EVENTS.error, { kind: 'send', message: this.t()('feedbackFailed') });
  };

  configProblems(problems: readonly ConfigProblem[]): string {
    const message = configProblemsText(this.t(), problems);
    emit(this.host, EVENTS.error, { kind: 'config', message, problems });
    return message;
  }

  /** What the store's last change means for the host page. */
  changed(changes: Transitions): void {
    const t = this.t();
    if (changes.connection) {
      const status = changes.connection;
      emit(this.host, EVENTS.connectionChange, { state: status.state, attempt: status.attempt, nextDelayMs: nextDelayOf(status), problem: problemOf(status) });
    }
    if (changes.error) emit(this.host, EVENTS.error, { kind: 'connection', message: problemText(t, changes.error) });
    for (const failed of changes.failedSends) {
      const message = failed.deliveryFailure ? failureText(t, failed.deliveryFailure) : t('sendFailed');
      emit(this.host, EVENTS.error, { kind: 'send', message });
    }
    for (const { message } of changes.completedAnswers) {
      emit(this.host, EVENTS.message, { id: message.id ?? message.key, content: message.content, sources: message.sources });
    }
  }
}
