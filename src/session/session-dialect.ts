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
import type { ApiFailure } from '../api/api-error.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import { SocketState } from '../protocol/connection.js';
import { Dialect, type ProtocolSetting } from '../protocol/dialect.js';
import type { Message } from '../protocol/types.js';
import { knownDialect } from '../socket/dialect-link.js';
import type { DialectChoice } from '../socket/socket-options.js';
import type { SocketPort } from './session-options.js';
import { STORAGE_KEYS, type OutboxEntry } from './stored.js';
import type { ChatMessage } from '../state/chat-state.js';
import type { Transcript } from './transcript.js';

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

const readDialect = (value: unknown): Dialect | null =>
  value === Dialect.Guide || value === Dialect.Realtime ? value : null;

export class SessionDialect {
  readonly choice: DialectChoice;
  /** The conversation, kept in storage where the platform keeps none to fetch (realtime); with the realtime chunk. */
  private transcript: Transcript | null = null;
  private parts: Promise<typeof import('./realtime-parts.js')> | null = null;
  /**
   * The realtime dialect comes in a chunk of its own: a page whose platform speaks the guide's
   * never fetches it. A fetch that failed is not kept: the next link asks again.
   */
  private readonly load: () => Promise<typeof import('./realtime-parts.js')>;

  constructor(ports: SessionDialectPorts) {
    const key = dialectKey(ports.wsUrl);
    const loadRealtime = (this.load = () =>
      (this.parts ??= import('./realtime-parts.js').then(
        (parts) => {
          this.transcript ??= new parts.Transcript(ports.storage);
          return parts;
        },
        (error: unknown) => {
          this.parts = null;
          throw error;
        },
      )));
    this.choice = {
      setting: ports.setting,
      remembered: () => ports.storage.read(key, readDialect),
      remember: (dialect) => (dialect ? ports.storage.write(key, dialect) : ports.storage.remove(key)),
      join: () => ({ tenantId: ports.tenantId, chatId: ports.chatId(), token: ports.token() }),
      loadRealtime,
    };
  }

  /**
   * The dialect the platform speaks: as the last open link found, else as set or remembered;
   * null while the first link decides.
   */
  speaks(socket: SocketPort | null): Dialect | null {
    return socket?.status.dialect ?? knownDialect(this.choice);
  }

  /** Whether the platform takes questions over the socket and keeps no history for the widget (realtime). */
  realtime(socket: SocketPort | null): boolean {
    return this.speaks(socket) === Dialect.Realtime;
  }

  /** The conversation kept from an earlier visit, where the platform keeps none (else nothing). */
  async restored(socket: SocketPort | null): Promise<Message[]> {
    if (!this.realtime(socket)) return [];
    await this.load();
    return this.transcript?.restore() ?? [];
  }

  /**
   * The conversation changed: kept, where the platform keeps none. Called on every change (each
   * streamed chunk): it asks only the link's status, never storage. (Before a realtime link
   * opened, nothing new can have finished.)
   */
  keep(messages: readonly ChatMessage[], socket: SocketPort | null): void {
    if (socket?.status.dialect === Dialect.Realtime) this.transcript?.observe(messages);
  }

  /** A new conversation: the kept one goes (its key is removed even before the chunk came). */
  clear(storage: ChatStorage): void {
    storage.remove(STORAGE_KEYS.transcript);
    this.transcript?.clear();
  }

  /**
   * Questions wait while nobody knows yet whether the platform takes them over REST: the first
   * link of a first visit is still deciding (a link that cannot open leaves REST, the guide's
   * way); and, on a realtime platform, while its socket is not open.
   */
  waits(socket: SocketPort | null): boolean {
    const state = socket?.status.state;
    const speaks = this.speaks(socket);
    // Over the socket, a question waits for an open link (it stays "waiting to send" till then).
    if (speaks === Dialect.Realtime) return state !== SocketState.Open;
    return speaks === null && (state === SocketState.Idle || state === SocketState.Connecting);
  }

  /** A question over the socket (socket-question.ts, in the realtime chunk): the message as sent, or why not. */
  async ask(entry: OutboxEntry, socket: SocketPort | null, chatId: string | null): Promise<Message | ApiFailure> {
    return (await this.load()).ask(entry, socket, chatId);
  }
}
