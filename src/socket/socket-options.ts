/** The chat socket's options and their defaults. */
import type { Logger } from '../log/logger.js';
import type { Scheduler, WebSocketFactory } from '../ports/ports.js';
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
  /** The shortest wait after a 1011: a platform that accepts and fails at once gets slow retries. */
  serverErrorFloorMs?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
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
 * ours arrived first (`frame`), or the link stayed up through the grace period (`grace`).
 */
export type OpenedBy = 'auth_success' | 'frame' | 'grace';

/** A code of our own for links we judged dead (browsers allow 1000 and 3000–4999 in close()). */
export const CLIENT_TIMEOUT_CLOSE = 4000;

/** The socket's timers: the next attempt, the handshake's deadline, the heartbeat, and the wait before a link counts as stable. */
export type SocketTimer = 'reconnect' | 'handshake' | 'ping' | 'pong' | 'stable';
