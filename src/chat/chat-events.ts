/**
 * The events the chat sends the host page once it is loaded: what a store change means
 * (connection, errors, complete answers) and the fate of a rating. The element's own events
 * (ready, open, send) leave from the element itself (miptech-chat.ts); both know names and details from
 * events.ts, and words from the string catalogue.
 */
import { EVENTS, emit } from '../events.js';
import type { Term } from '../i18n/term.js';
import type { FeedbackOutcome } from '../session/answer-controls.js';
import { nextDelayOf, problemOf } from '../socket/socket-status.js';
import type { Transitions } from '../state/transitions.js';
import { failureText, problemText } from '../views/describe.js';

export class ChatEvents {
  constructor(
    private readonly host: HTMLElement,
    private readonly t: () => Term,
    /** Says something to screen readers (the chat's live region). */
    private readonly say: (words: string) => void,
  ) {}

  /**
   * The platform stored a rating (`miptech-feedback`, and said to screen readers, not only shown), or
   * refused it (`miptech-error`).
   */
  readonly feedback = (outcome: FeedbackOutcome | null): void => {
    if (!outcome) return;
    const { stored, ...detail } = outcome;
    if (stored) {
      emit(this.host, EVENTS.feedback, detail);
      this.say(this.t()('thanksForFeedback'));
    } else emit(this.host, EVENTS.error, { kind: 'send', message: this.t()('feedbackFailed') });
  };

  /** What the store's last change means for the host page. */
  changed(changes: Transitions): void {
    const t = this.t();
    if (changes.connection) {
      const status = changes.connection;
      const { state, attempt } = status;
      emit(this.host, EVENTS.connectionChange, {
        state,
        attempt,
        nextDelayMs: nextDelayOf(status),
        problem: problemOf(status),
        protocol: status.dialect,
      });
    }
    if (changes.error)
      emit(this.host, EVENTS.error, {
        kind: 'connection',
        message: problemText(t, changes.error),
        closeCode: changes.error.closeCode,
      });
    for (const failed of changes.failedSends) {
      const message = failed.deliveryFailure ? failureText(t, failed.deliveryFailure) : t('sendFailed');
      emit(this.host, EVENTS.error, { kind: 'send', message });
    }
    for (const { message } of changes.completedAnswers) {
      emit(this.host, EVENTS.message, {
        id: message.id ?? message.key,
        content: message.content,
        sources: message.sources,
      });
    }
  }
}
