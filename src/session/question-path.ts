/**
 * A question's way to the platform, in the dialect it speaks: over REST (the guide's: the chat is
 * created on the first send, delivery.ts) or over the socket (realtime, session-dialect.ts). What
 * comes back (the question as the platform stored it) goes to the history; a failure comes back
 * as data, for the outbox to show with Retry.
 */
import { toFailure, type ApiFailure } from '../api/api-error.js';
import type { Message } from '../protocol/types.js';
import { sendToChat } from './delivery.js';
import type { Identity } from './identity.js';
import { SessionDialect } from './session-dialect.js';
import type { ChatSessionOptions, SocketPort } from './session-options.js';
import type { OutboxEntry } from './stored.js';

export interface QuestionPorts {
  options: ChatSessionOptions;
  identity: Identity;
  socket: () => SocketPort | null;
  /** The question as the platform has it. */
  received: (message: Message) => void;
  /** REST answered (the platform is reachable, whatever the socket says). */
  reached: () => void;
  /** The site's token for a realtime join (handshake.ts). */
  token: () => string | null;
}

export class QuestionPath {
  /** Which dialect the platform speaks, and what the session keeps because of it. */
  readonly dialect: SessionDialect;

  constructor(private readonly ports: QuestionPorts) {
    const { protocol: setting = 'guide', storage, wsUrl, tenantId } = ports.options;
    const chatId = () => ports.identity.chatId;
    this.dialect = new SessionDialect({ setting, storage, wsUrl, tenantId, chatId, token: ports.token });
  }

  /** Whether questions must wait: the first link of a first visit has not said yet how the platform takes them. */
  get waits(): boolean {
    return this.dialect.waits(this.ports.socket());
  }

  /** Delivers one question: null once the platform has it, else why not. */
  readonly deliver = async (entry: OutboxEntry): Promise<ApiFailure | null> => {
    const { options, identity, socket } = this.ports;
    const { dialect } = this;
    if (dialect.realtime(socket())) {
      const asked = await dialect.ask(entry, socket(), identity.chatId);
      if (!('id' in asked)) return asked;
      this.ports.received(asked);
      return null;
    }
    try {
      const { api, tenantId, logger, visitor } = options;
      const page = options.page();
      const context = options.context();
      this.ports.received(await sendToChat(entry, { api, identity, tenantId, page, logger, visitor, context }));
      this.ports.reached();
      return null;
    } catch (error) {
      options.logger.warn('send failed', error);
      return toFailure(error);
    }
  };
}
