/**
 * What a visitor can do to an answer: rate it (with an optional comment), stop it while it
 * streams, ask for it again. Takes narrow ports; never imports the session.
 */
import type { ApiClient } from '../api/api-client.js';
import type { Logger } from '../log/logger.js';
import type { ClientFrame, Rating } from '../protocol/types.js';
import type { ChatAction } from '../state/actions.js';
import type { ChatMessage } from '../state/chat-state.js';
import { regenerateTarget, streamingAnswer } from './answers.js';

export interface AnswerControlPorts {
  api: Pick<ApiClient, 'feedback' | 'regenerate'>;
  messages: () => readonly ChatMessage[];
  chatId: () => string | null;
  /** Sends a frame over the open socket; false when there is none. */
  sendFrame: (frame: ClientFrame) => boolean;
  dispatch: (action: ChatAction) => void;
  logger: Logger;
}

export interface FeedbackOutcome {
  messageId: string;
  rating: Rating;
  comment?: string;
  /** false: the platform refused, and the rating was undone. */
  stored: boolean;
}

export class AnswerControls {
  constructor(private readonly ports: AnswerControlPorts) {}

  /** Opens (or, with null, closes) the "what went wrong?" form under an answer. */
  openFeedbackForm(key: string | null): void {
    this.ports.dispatch({ type: 'feedback-form', key });
  }

  /**
   * Rates an answer: shown at once, undone if the platform refuses. Resolves to what was rated
   * and whether the platform stored it, or null when there was nothing to rate.
   */
  async rate(key: string, rating: Rating, comment?: string | null): Promise<FeedbackOutcome | null> {
    const { api, dispatch, logger } = this.ports;
    const message = this.ports.messages().find((m) => m.key === key);
    const chatId = this.ports.chatId();
    dispatch({ type: 'feedback-form', key: null });
    if (!message?.id || !chatId || message.role !== 'assistant') return null;
    const text = comment?.trim();
    const outcome = { messageId: message.id, rating, ...(text ? { comment: text } : {}) };
    dispatch({ type: 'feedback-given', key, rating });
    try {
      await api.feedback(chatId, message.id, { rating, ...(text ? { comment: text } : {}) });
      return { ...outcome, stored: true };
    } catch (error) {
      logger.warn('feedback failed', error);
      dispatch({ type: 'feedback-given', key, rating: message.feedback });
      return { ...outcome, stored: false };
    }
  }

  /** Stop generating: asks the platform to end the streaming answer where it is. */
  stop(): boolean {
    const streaming = streamingAnswer(this.ports.messages());
    return Boolean(streaming?.id) && this.ports.sendFrame({ type: 'cancel', data: { message_id: streaming!.id! } });
  }

  /** Asks for a new answer in place of answer `key` (it streams over the socket). */
  async regenerate(key: string): Promise<boolean> {
    const target = regenerateTarget(this.ports.messages(), key);
    const chatId = this.ports.chatId();
    if (!target || !chatId) return false;
    try {
      await this.ports.api.regenerate(chatId, target);
      // A question no answer came to waits again (and is watched again).
      this.ports.dispatch({ type: 'answer-missing', key, missing: false });
      return true;
    } catch (error) {
      this.ports.logger.warn('regenerate failed', error);
      return false;
    }
  }
}
