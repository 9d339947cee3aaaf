/**
 * The connection's states and the problems that keep it from being open (docs/protocol.md,
 * "Connection states" and "Close codes"). Codes only: the string catalogue words them.
 */
export const SocketState = {
  /** Never asked to connect. */
  Idle: 'idle',
  /** A WebSocket is opening, or open and waiting for `auth_success`. */
  Connecting: 'connecting',
  /** The platform acknowledged `auth`: frames may flow. */
  Open: 'open',
  /** Backing off before the next attempt (`nextDelayMs`). */
  Waiting: 'waiting',
  /** Offline or hidden page: no attempts are spent until it is resumed. */
  Suspended: 'suspended',
  /** Closed on purpose, by a terminal close code, or until someone retries. */
  Closed: 'closed',
} as const;
export type SocketState = (typeof SocketState)[keyof typeof SocketState];

/** Why the connection is not open, in terms a view can explain. */
export const ConnectionProblem = {
  ServerError: 'server-error',
  AuthFailed: 'auth-failed',
  TenantRefused: 'tenant-refused',
  PolicyViolation: 'policy-violation',
  RateLimited: 'rate-limited',
  ChatNotFound: 'chat-not-found',
  Unreachable: 'unreachable',
  HeartbeatTimeout: 'heartbeat-timeout',
  /**
   * This page or browser allows no WebSocket to the platform: none exists, the constructor
   * throws, or the page's Content-Security-Policy (`connect-src`) refused it. Not an error:
   * the chat works over REST, and the status line says live updates are unavailable.
   */
  Blocked: 'blocked',
} as const;
export type ConnectionProblem = (typeof ConnectionProblem)[keyof typeof ConnectionProblem];
