/**
 * The conversation's history from REST: loaded on connect, refetched since the last `seq`
 * after a reconnect, and polled while an answer is due and the socket is away. Takes narrow
 * ports; never imports the session.
 */
import { ApiError } from '../api/api-error.js';
import type { ApiClient } from '../api/api-client.js';
import type { Logger } from '../log/logger.js';
import type { Scheduler } from '../ports/ports.js';
import type { Message } from '../protocol/types.js';
import type { ChatAction } from '../state/actions.js';
import { receiveMessages } from './frame-actions.js';
import { HistoryPoller } from './history-poller.js';

export interface HistoryPorts {
  api: Pick<ApiClient, 'history'>;
  chatId: () => string | null;
  lastSeq: () => number;
  /** Whether only REST can bring the answer that is due now. */
  answerDue: () => boolean;
  dispatch: (action: ChatAction) => void;
  /** A REST call came back: the platform is there. */
  reached: () => void;
  /** The platform no longer knows the chat (404). */
  chatGone: () => void;
  /** The platform has no history to fetch (the realtime dialect): nothing is asked of REST. */
  restless?: () => boolean;
  scheduler: Scheduler;
  logger: Logger;
}

/** After a dropped frame, history is fetched once this much later: a burst of them costs one fetch. */
export const CATCH_UP_DELAY_MS = 500;

export class HistorySync {
  private readonly poller: HistoryPoller;
  private catchingUp = false;

  constructor(private readonly ports: HistoryPorts) {
    this.poller = new HistoryPoller(ports.scheduler, ports.answerDue, () => this.load(ports.lastSeq()), ports.logger);
  }

  /** Everything (on connect), or what came after `afterSeq` (after a reconnect, while polling). */
  async load(afterSeq?: number): Promise<void> {
    const chatId = this.ports.chatId();
    if (!chatId || this.ports.restless?.()) return;
    try {
      this.receive(await this.ports.api.history(chatId, afterSeq));
      this.ports.reached();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return this.ports.chatGone();
      this.ports.logger.warn('could not load history', error);
    }
  }

  /**
   * The socket joined (the first time too): whatever was said before this link could hear it (an
   * answer streamed to no one, while it was still joining) is fetched from the history.
   */
  joined(): void {
    this.poller.stop();
    if (this.ports.chatId()) void this.load(this.ports.lastSeq());
  }

  /** The visitor's chat changed in another tab: what is shown goes, and the chat's history comes. */
  reload(): Promise<void> {
    this.ports.dispatch({ type: 'conversation-cleared' });
    return this.load();
  }

  /** Messages from the platform (history, a send's reply): only those of the current chat are shown. */
  receive(messages: readonly Message[]): void {
    const { action, foreign } = receiveMessages(messages, this.ports.chatId());
    if (foreign > 0) this.ports.logger.warn(`ignored ${foreign} message(s) of other chats`);
    if (action) this.ports.dispatch(action);
  }

  /**
   * The socket dropped a frame (malformed, or too large): whatever it carried (a chunk, a whole
   * answer, the end of one) is fetched from history, so no answer is left streaming for ever.
   */
  catchUp(): void {
    if (this.catchingUp) return;
    this.catchingUp = true;
    this.ports.scheduler.setTimeout(() => {
      this.catchingUp = false;
      void this.load(this.ports.lastSeq());
    }, CATCH_UP_DELAY_MS);
  }

  /**
   * What the widget missed, fetched now (the answer watch asks) unless the REST fallback already
   * polls for it: one clock of fetches at a time.
   */
  catchUpNow(): Promise<void> {
    return this.poller.pending ? Promise.resolve() : this.load(this.ports.lastSeq());
  }

  /** Polls if an answer is due (the socket is away). */
  pollIfDue(): void {
    this.poller.schedule();
  }

  stopPolling(): void {
    this.poller.stop();
  }
}
