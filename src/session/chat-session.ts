/**
 * The session: the only place that talks to the transport and dispatches to the store.
 * It restores the visitor's conversation, sends messages through a persistent outbox
 * (each keeps its client_message_id for life, so retries never duplicate), turns socket
 * frames into actions, and refetches history after every reconnect.
 */
import { ApiError, ApiErrorKind, describeApiError } from '../api/api-error.js';
import type { ApiClient } from '../api/api-client.js';
import type { ChatConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { AuthFrame, Message, Rating, ServerFrame } from '../protocol/types.js';
import type { ChatSocket } from '../socket/chat-socket.js';
import type { Scheduler } from '../socket/scheduler.js';
import { ConnectionProblem } from '../socket/close-policy.js';
import { SocketState, type SocketStatus } from '../socket/socket-state.js';
import type { ChatAction } from '../state/actions.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../state/chat-state.js';
import { chatReducer } from '../state/reducer.js';
import { Store } from '../state/store.js';
import { describeConnectionProblem } from './connection-words.js';
import { HistoryPoller } from './history-poller.js';
import { STORAGE_KEYS, isOutbox, isStoredIdentity, type OutboxEntry, type StoredIdentity } from './persisted.js';
import type { ChatStorage } from './storage.js';

export type ApiPort = Pick<ApiClient, 'createChat' | 'sendMessage' | 'history' | 'feedback' | 'regenerate'>;
export type SocketPort = Pick<ChatSocket, 'connect' | 'disconnect' | 'onStatus' | 'onFrame' | 'status' | 'setSuspended' | 'send' | 'reconnectNow'>;

export interface PageInfo {
  url: string;
  userAgent: string;
  referrer: string;
}

export interface ChatSessionOptions {
  config: ChatConfig;
  api: ApiPort;
  createSocket: (url: string, authData: () => AuthFrame['data']) => SocketPort;
  storage: ChatStorage;
  page: () => PageInfo;
  newId: () => string;
  now: () => Date;
  /** For the REST fallback's polling. */
  scheduler: Scheduler;
  logger: Logger;
}


/** Failed first connections before the panel shows the full "Chat connection error". */
export const ATTEMPTS_BEFORE_CONNECTION_ERROR = 3;
/** The longest message the widget sends (the reference platform's limit, docs/protocol.md). */
export const MAX_MESSAGE_CHARS = 4000;

export class ChatSession {
  readonly store = new Store<ChatState, ChatAction>(chatReducer, INITIAL_CHAT_STATE);
  private socket: SocketPort | null = null;
  private identity: StoredIdentity;
  private outbox: OutboxEntry[];
  private readonly unsubscribers: (() => void)[] = [];
  private creatingChat: Promise<string> | null = null;
  private flushing = false;
  private everOpened = false;
  private stopped = false;
  private failedIds = new Set<string>();
  /** A REST call succeeded: the platform is there even if its socket is not. */
  private restReachable = false;
  private readonly poller: HistoryPoller;

  constructor(private readonly options: ChatSessionOptions) {
    const { storage, newId } = options;
    this.identity = storage.read(STORAGE_KEYS.identity, isStoredIdentity) ?? { session_id: newId(), visitor_id: newId() };
    this.outbox = storage.read(STORAGE_KEYS.outbox, isOutbox) ?? [];
    this.poller = new HistoryPoller(
      options.scheduler,
      () => !this.stopped && this.answerDue(),
      () => this.loadHistory(this.store.state.lastSeq),
      options.logger,
    );
  }

  get sessionId(): string {
    return this.identity.session_id;
  }

  get visitorId(): string {
    return this.identity.visitor_id;
  }

  get chatId(): string | null {
    return this.identity.chat_id ?? null;
  }

  /** Messages written but not yet acknowledged by the platform (kept across reloads). */
  get pendingCount(): number {
    return this.outbox.length;
  }

  /** Connects and restores the conversation. Idempotent. */
  start(): void {
    if (this.socket || this.stopped) return;
    const { config, storage } = this.options;
    storage.write(STORAGE_KEYS.identity, this.identity);
    const query = new URLSearchParams({ tenant_id: config.tenantId, session_id: this.identity.session_id });
    const socket = this.options.createSocket(`${config.wsUrl}/api/v1/ws/chat?${query}`, () => this.authData());
    this.socket = socket;
    this.unsubscribers.push(
      socket.onStatus((status) => this.handleStatus(status)),
      socket.onFrame((frame) => this.handleFrame(frame)),
    );
    for (const entry of this.outbox) {
      this.dispatch({ type: 'message-queued', clientMessageId: entry.client_message_id, content: entry.content, createdAt: entry.created_at });
    }
    socket.connect();
    if (this.identity.chat_id) void this.loadHistory();
    void this.flush();
  }

  /** Releases the socket for good (the element left the page). */
  stop(): void {
    this.stopped = true;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.socket?.disconnect('Widget removed');
    this.socket = null;
    this.poller.stop();
  }

  /**
   * Queues a message and starts delivering it. Returns its client_message_id, or null for an
   * empty message. Too-long messages are refused here, with the limit in the error.
   */
  send(text: string): string | null {
    const content = text.trim();
    if (!content) return null;
    if (content.length > MAX_MESSAGE_CHARS) {
      throw new RangeError(`Messages are limited to ${MAX_MESSAGE_CHARS} characters (this one has ${content.length}).`);
    }
    const entry: OutboxEntry = { client_message_id: this.options.newId(), content, created_at: this.options.now().toISOString() };
    this.outbox.push(entry);
    this.saveOutbox();
    this.dispatch({ type: 'message-queued', clientMessageId: entry.client_message_id, content, createdAt: entry.created_at });
    this.start();
    void this.flush();
    return entry.client_message_id;
  }

  /** The Retry button: reconnect now and resend every failed message, in order. */
  retry(): void {
    this.failedIds.clear();
    this.dispatch({ type: 'error', error: null });
    if (this.socket && this.socket.status.state !== SocketState.Open) this.socket.connect();
    void this.flush();
  }

  setSuspended(suspended: boolean): void {
    this.socket?.setSuspended(suspended);
  }

  /** The network or the page came back: reconnect now, and deliver what waits. */
  wake(): void {
    if (!this.socket) return;
    this.socket.reconnectNow();
    this.failedIds.clear();
    void this.flush();
  }

  /** The page is going away: close the socket cleanly; `wake()` (pageshow) reopens it. */
  leave(): void {
    this.socket?.disconnect('Page hidden');
  }

  /** Starts a new conversation: the platform keeps the old chat, the widget forgets it. */
  clear(): void {
    this.identity = { session_id: this.identity.session_id, visitor_id: this.identity.visitor_id };
    this.options.storage.write(STORAGE_KEYS.identity, this.identity);
    this.outbox = [];
    this.saveOutbox();
    this.failedIds.clear();
    this.dispatch({ type: 'conversation-cleared' });
  }

  /**
   * Rates an answer. The rating shows at once and is undone if the platform refuses it.
   * Resolves to whether the platform stored it.
   */
  async sendFeedback(key: string, rating: Rating, comment?: string): Promise<boolean> {
    const message = this.store.state.messages.find((m) => m.key === key);
    const chatId = this.identity.chat_id;
    if (!message?.id || !chatId || message.role !== 'assistant') return false;
    const before = message.feedback;
    this.dispatch({ type: 'feedback-given', key, rating });
    try {
      await this.options.api.feedback(chatId, message.id, { rating, ...(comment?.trim() ? { comment: comment.trim() } : {}) });
      return true;
    } catch (error) {
      this.options.logger.warn('feedback failed', error);
      this.dispatch({ type: 'feedback-given', key, rating: before });
      return false;
    }
  }

  /** Stop generating: asks the platform to end the streaming answer where it is. */
  stopAnswer(): boolean {
    const streaming = this.store.state.messages.find((m) => m.streaming);
    if (!streaming?.id || !this.socket) return false;
    return this.socket.send({ type: 'cancel', data: { message_id: streaming.id } });
  }

  /**
   * Asks for a new answer to the question `key` (an answer) replied to. An answer the platform
   * never stored (cut off by a crash) is regenerated through its question.
   */
  async regenerate(key: string): Promise<boolean> {
    const { messages } = this.store.state;
    const message = messages.find((m) => m.key === key);
    const chatId = this.identity.chat_id;
    if (!message || !chatId || message.role !== 'assistant' || message.streaming) return false;
    const question = messages.find((m) => m.role === 'user' && m.clientMessageId !== null && m.clientMessageId === message.replyTo);
    const target = message.seq !== null ? message.id : (question?.id ?? null);
    if (!target) return false;
    try {
      await this.options.api.regenerate(chatId, target);
      return true;
    } catch (error) {
      this.options.logger.warn('regenerate failed', error);
      return false;
    }
  }

  private authData(): AuthFrame['data'] {
    const page = this.options.page();
    return {
      tenant_id: this.options.config.tenantId,
      session_id: this.identity.session_id,
      user_agent: page.userAgent,
      page_url: page.url,
      ...(this.identity.chat_id ? { chat_id: this.identity.chat_id } : {}),
      ...(this.store.state.lastSeq > 0 ? { last_seq: this.store.state.lastSeq } : {}),
    };
  }

  private handleStatus(status: SocketStatus): void {
    const wasOpen = this.store.state.connection.state === SocketState.Open;
    this.dispatch({ type: 'connection-changed', status });
    if (status.state === SocketState.Open && !wasOpen) {
      const reconnected = this.everOpened;
      this.everOpened = true;
      if (this.store.state.error?.title === CONNECTION_ERROR_TITLE) this.dispatch({ type: 'error', error: null });
      // Whatever happened while we were away is in the history: fetch what we missed.
      if (reconnected && this.identity.chat_id) void this.loadHistory(this.store.state.lastSeq);
      this.failedIds.clear();
      this.poller.stop();
      void this.flush();
      return;
    }
    if (wasOpen && status.state !== SocketState.Open) this.dispatch({ type: 'answers-interrupted' });
    this.poller.schedule();
    if (status.state === SocketState.Closed && status.problem === ConnectionProblem.ChatNotFound) {
      this.forgetChat();
      this.socket?.connect();
      return;
    }
    const terminal = status.state === SocketState.Closed && status.problem !== null;
    // A socket that never opened is only "the platform is unreachable" if REST is not working
    // either; WebSockets alone can be blocked (proxies), and then the REST fallback carries on.
    const neverReached = !this.everOpened && !this.restReachable && status.state === SocketState.Waiting && status.attempt >= ATTEMPTS_BEFORE_CONNECTION_ERROR;
    if (terminal || neverReached) {
      this.dispatch({ type: 'error', error: { title: CONNECTION_ERROR_TITLE, message: describeConnectionProblem(status) } });
    }
  }

  private handleFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'response_start':
        // An answer in another chat (an older conversation of this session) is not ours to show.
        if (frame.data.chat_id !== this.identity.chat_id) return this.dispatch({ type: 'frame-dropped' });
        this.dispatch({ type: 'answer-started', messageId: frame.data.message_id, replyTo: frame.data.reply_to ?? null, createdAt: this.options.now().toISOString() });
        return;
      case 'response_chunk':
        this.dispatch({ type: 'answer-chunk', messageId: frame.data.message_id, index: frame.data.index, delta: frame.data.delta });
        return;
      case 'response_complete':
      case 'message':
        this.receive([frame.data.message]);
        return;
      case 'typing':
        this.dispatch({ type: 'typing', isTyping: frame.data.is_typing });
        return;
      case 'error':
        this.options.logger.warn(`platform error ${frame.data.code}: ${frame.data.message}`);
        return;
      default:
        return;
    }
  }

  private receive(messages: readonly Message[]): void {
    // Messages of another chat (an old conversation, a stray frame) are not ours to show.
    const ours = messages.filter((m) => m.chat_id === this.identity.chat_id);
    if (ours.length < messages.length) this.options.logger.warn(`ignored ${messages.length - ours.length} message(s) of another chat`);
    if (ours.length > 0) this.dispatch({ type: 'messages-received', messages: ours });
  }

  /**
   * An answer is due and only REST can bring it: the socket is not open, and the last thing
   * said was a delivered question or a cut-off answer. (The poller asks this.)
   */
  private answerDue(): boolean {
    if (!this.socket || this.socket.status.state === SocketState.Open || !this.identity.chat_id) return false;
    const last = this.store.state.messages[this.store.state.messages.length - 1];
    if (!last) return false;
    return last.role === 'user' ? last.delivery === 'sent' : last.role === 'assistant' && last.seq === null;
  }

  private async loadHistory(afterSeq?: number): Promise<void> {
    const chatId = this.identity.chat_id;
    if (!chatId) return;
    try {
      this.receive(await this.options.api.history(chatId, afterSeq));
      this.markRestReachable();
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return this.forgetChat();
      this.options.logger.warn('could not load history', error);
    }
  }

  /** Delivers the outbox in order; the first failure stops the queue so order is kept. */
  private async flush(): Promise<void> {
    if (this.flushing || this.stopped) return;
    this.flushing = true;
    try {
      for (let entry = this.nextToSend(); entry; entry = this.nextToSend()) {
        if (!(await this.deliver(entry))) break;
      }
    } finally {
      this.flushing = false;
    }
  }

  private nextToSend(): OutboxEntry | undefined {
    return this.outbox.find((e) => !this.failedIds.has(e.client_message_id));
  }

  private async deliver(entry: OutboxEntry): Promise<boolean> {
    const id = entry.client_message_id;
    this.dispatch({ type: 'message-sending', clientMessageId: id });
    for (let tries = 0; ; tries += 1) {
      try {
        const chatId = await this.ensureChat();
        const { message } = await this.options.api.sendMessage(chatId, this.messageBody(entry));
        this.outbox = this.outbox.filter((e) => e.client_message_id !== id);
        this.saveOutbox();
        this.receive([message]);
        this.markRestReachable();
        this.poller.schedule();
        return true;
      } catch (error) {
        // The chat is gone on the platform: start a new one once, then give up.
        if (error instanceof ApiError && error.status === 404 && tries === 0) {
          this.forgetChat();
          continue;
        }
        this.markFailed(error);
        return false;
      }
    }
  }

  private markRestReachable(): void {
    this.restReachable = true;
    if (this.store.state.error?.title === CONNECTION_ERROR_TITLE && this.store.state.connection.state !== SocketState.Closed) {
      this.dispatch({ type: 'error', error: null });
    }
  }

  private markFailed(error: unknown): void {
    const apiError = error instanceof ApiError ? error : new ApiError(ApiErrorKind.Network, String(error));
    const reason = describeApiError(apiError);
    this.options.logger.warn('send failed', error);
    // Later messages wait behind the failed one, so they show as failed too: one Retry sends all.
    for (const entry of this.outbox) {
      this.failedIds.add(entry.client_message_id);
      this.dispatch({ type: 'message-failed', clientMessageId: entry.client_message_id, error: reason });
    }
  }

  private messageBody(entry: OutboxEntry) {
    return {
      content: entry.content,
      role: 'user' as const,
      metadata: {
        timestamp: entry.created_at,
        page_url: this.options.page().url,
        tenant_id: this.options.config.tenantId,
        client_message_id: entry.client_message_id,
      },
    };
  }

  /** The chat id, creating the chat (the guide's body) on the first send. */
  private ensureChat(): Promise<string> {
    if (this.identity.chat_id) return Promise.resolve(this.identity.chat_id);
    this.creatingChat ??= (async () => {
      const page = this.options.page();
      try {
        const chat = await this.options.api.createChat({
          session_id: this.identity.session_id,
          visitor_id: this.identity.visitor_id,
          title: 'Website Chat',
          context: { page_url: page.url, user_agent: page.userAgent, referrer: page.referrer, tenant_id: this.options.config.tenantId },
        });
        this.identity = { ...this.identity, chat_id: chat.id };
        this.options.storage.write(STORAGE_KEYS.identity, this.identity);
        return chat.id;
      } finally {
        this.creatingChat = null;
      }
    })();
    return this.creatingChat;
  }

  private forgetChat(): void {
    this.options.logger.warn('the platform no longer knows this chat; a new one starts with the next message');
    this.identity = { session_id: this.identity.session_id, visitor_id: this.identity.visitor_id };
    this.options.storage.write(STORAGE_KEYS.identity, this.identity);
  }

  private saveOutbox(): void {
    if (this.outbox.length === 0) this.options.storage.remove(STORAGE_KEYS.outbox);
    else this.options.storage.write(STORAGE_KEYS.outbox, this.outbox);
  }

  private dispatch(action: ChatAction): void {
    this.store.dispatch(action);
  }
}

export const CONNECTION_ERROR_TITLE = 'Chat connection error';
