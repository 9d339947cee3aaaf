/**
 * The session's side of the dialects (protocol/dialect.ts): which one the platform speaks, what
 * is remembered of it for the platform's origin, and a question's way over the socket where the
 * platform takes questions there (`realtime`, which has no REST).
 *
 * "Exactly once", over the socket: a realtime platform has no idempotent send, so a question is
 * written once, on an open link, and counts as sent when written. If the link dies before its
 * answer, the answer watch (answer-watch.ts) says "No answer arrived" and Retry asks again: at
 * most once per Retry, never silently twice (docs/protocol.md, "Dialects").
 */
import { ApiErrorKind, type ApiFailure } from '../api/api-error.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import { SocketState } from '../protocol/connection.js';
import { Dialect, type ProtocolSetting } from '../protocol/dialect.js';
import { chatMessageFrame } from '../protocol/dialects/realtime.js';
import type { Message } from '../protocol/types.js';
import { knownDialect } from '../socket/dialect-link.js';
import type { DialectChoice } from '../socket/socket-options.js';
import type { SocketPort } from './session-options.js';
import type { OutboxEntry } from './stored.js';
import { Transcript } from './transcript.js';
import type { ChatMessage } from '../state/chat-state.js';

export interface SessionDialectPorts {
  setting: ProtocolSetting;
  storage: ChatStorage;
  wsUrl: string;
  tenantId: string;
  chatId: () => string | null;
  token: () => string | null;
}

/** The storage key of what the platform at `wsUrl` spoke last (per origin). */
export const dialectKey = (wsUrl: string): string => `dialect:${new URL(wsUrl).origin}`;

const readDialect = (value: unknown): Dialect | null => (value === Dialect.Guide || value === Dialect.Realtime ? value : null);

/** What a question that could not go out says: the link is not open (it waits for the next one). */
const NOT_SENT: ApiFailure = Object.freeze({ kind: ApiErrorKind.Network, status: null, detail: null });

export class SessionDialect {
  readonly choice: DialectChoice;
  /** The conversation, kept in storage where the platform keeps none to fetch (realtime). */
  private readonly transcript: Transcript;

  constructor(ports: SessionDialectPorts) {
    this.transcript = new Transcript(ports.storage);
    const key = dialectKey(ports.wsUrl);
    this.choice = {
      setting: ports.setting,
      remembered: () => ports.storage.read(key, readDialect),
      remember: (dialect) => (dialect ? ports.storage.write(key, dialect) : ports.storage.remove(key)),
      join: () => ({ tenantId: ports.tenantId, chatId: ports.chatId(), token: ports.token() }),
    };
  }

  /** The dialect the platform speaks: as the last open link found, else as set or remembered; null while the first link decides. */
  speaks(socket: SocketPort | null): Dialect | null {
    return socket?.status.dialect ?? knownDialect(this.choice);
  }

  /** Whether the platform takes questions over the socket and keeps no history for the widget (realtime). */
  realtime(socket: SocketPort | null): boolean {
    return this.speaks(socket) === Dialect.Realtime;
  }

  /** The conversation kept from an earlier visit, where the platform keeps none (else nothing). */
  restored(socket: SocketPort | null): Message[] {
    return this.realtime(socket) ? this.transcript.restore() : [];
  }

  /** The conversation changed: kept, where the platform keeps none. */
  keep(messages: readonly ChatMessage[], socket: SocketPort | null): void {
    if (this.realtime(socket)) this.transcript.observe(messages);
  }

  /** A new conversation: the kept one goes. */
  clear(): void {
    this.transcript.clear();
  }

  /**
   * Questions wait while nobody knows yet whether the platform takes them over REST: the first
   * link of a first visit is still deciding. A link that cannot open leaves REST (the guide's way).
   */
  waits(socket: SocketPort | null): boolean {
    const state = socket?.status.state;
    return this.speaks(socket) === null && (state === SocketState.Idle || state === SocketState.Connecting);
  }

  /** A question over the socket: the message as sent (for the store), or why it was not. */
  ask(entry: OutboxEntry, socket: SocketPort | null, chatId: string | null): Message | ApiFailure {
    if (!socket?.send(chatMessageFrame(entry.content, chatId, entry.client_message_id))) return NOT_SENT;
    const id = entry.client_message_id;
    return { id, chat_id: chatId ?? '', seq: -1, role: 'user', content: entry.content, created_at: entry.created_at, client_message_id: id };
  }
}
