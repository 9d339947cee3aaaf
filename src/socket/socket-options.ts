/** The chat socket's options and their defaults. */
import type { Logger } from '../log/logger.js';
import type { Scheduler, WebSocketFactory } from '../ports/ports.js';
import type { Dialect, ProtocolSetting } from '../protocol/dialect.js';
import type { AuthFrame } from '../protocol/types.js';

export interface ChatSocketOptions {
  /** Built fresh for every connection: the session id in it may have changed (another tab's identity adopted). */
  url: () => string;
  /** Built fresh for every connection, so `chat_id` and `last_seq` are current. */
  authData: () => AuthFrame['data'];
  /** Undefined where the browser has none: the socket reports `blocked` and never retries. */
  WebSocket: WebSocketFactory | undefined;
  scheduler: Scheduler;
  logger: Logger;
  pingIntervalMs?: number;
  pongTimeoutMs?: number;
  /** How long a new WebSocket may take to fire `open`. */
  openTimeoutMs?: number;
  /**
   * After `auth`: a link that stays up this long with no close and no `error` frame counts as
   * open even without `auth_success` (the integration guide's platform may never send one).
   */
  authGraceMs?: number;
  stableAfterMs?: number;
  /** The page's policy already refused this socket: no attempt (each would add a violation report). */
  blocked?: () => boolean;
  /** The shortest wait after a 1011: a platform that accepts and fails at once gets slow retries. */
  serverErrorFloorMs?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** Which dialect to speak (protocol/dialect.ts); none: `guide`. */
  dialect?: DialectChoice;
}

/** The element's `protocol` setting, what was remembered for the platform, and what a realtime `join_chat` carries. */
export interface DialectChoice {
  setting: ProtocolSetting;
  remembered: () => Dialect | null;
  /** The dialect a link opened with (null: ask again next time). Only with `auto`. */
  remember: (dialect: Dialect | null) => void;
  join: () => { tenantId: string; chatId: string | null; token: string | null };
  /** The realtime dialect's code (realtime-link.ts), fetched the first time a platform speaks it. */
  loadRealtime: () => Promise<Pick<typeof import('./realtime-link.js'), 'RealtimeLink'>>;
}

export const SOCKET_DEFAULTS = {
  pingIntervalMs: 25_000,
  pongTimeoutMs: 10_000,
  openTimeoutMs: 10_000,
  authGraceMs: 2_000,
  stableAfterMs: 5_000,
  serverErrorFloorMs: 2_000,
} as const;

/**
 * How a link came to count as open: the platform acknowledged `auth` (`auth_success`), a frame of
 * ours arrived first (`frame`), the link stayed up through the grace period (`grace`), or a
 * realtime platform named the chat joined (`joined`).
 */
export type OpenedBy = 'auth_success' | 'frame' | 'grace' | 'joined';

/** A code of our own for links we judged dead (browsers allow 1000 and 3000–4999 in close()). */
export const CLIENT_TIMEOUT_CLOSE = 4000;

/**
 * The socket's timers: the next attempt, the handshake's deadline, the heartbeat, and the wait before
 * a link counts as stable.
 */
export type SocketTimer = 'reconnect' | 'handshake' | 'ping' | 'pong' | 'stable';
