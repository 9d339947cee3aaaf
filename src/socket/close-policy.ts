/**
 * What the widget does when the platform closes the socket (docs/protocol.md, "Close codes").
 * Decided from the code and from whether the widget itself asked to close, never from
 * "code === 1000" alone.
 */
export const CloseAction = {
  /** Reconnect after the usual backoff. */
  Reconnect: 'reconnect',
  /** Reconnect with slow retries: the platform has a fault of its own (1011). */
  ReconnectSlowly: 'reconnect-slowly',
  /** Reconnect no sooner than the platform asked (4029, `retry_after_ms`). */
  ReconnectAfter: 'reconnect-after',
  /** The chat is gone on the platform (4004): create a new one, then reconnect. */
  RecreateChat: 'recreate-chat',
  /** Terminal: retrying cannot help until something changes (auth, tenant, policy). */
  Stop: 'stop',
  /** The widget closed the socket itself. */
  None: 'none',
} as const;
export type CloseAction = (typeof CloseAction)[keyof typeof CloseAction];

/** Why the connection is not open, in terms the UI can explain. */
export const ConnectionProblem = {
  ServerError: 'server-error',
  AuthFailed: 'auth-failed',
  TenantRefused: 'tenant-refused',
  PolicyViolation: 'policy-violation',
  RateLimited: 'rate-limited',
  ChatNotFound: 'chat-not-found',
  Unreachable: 'unreachable',
  HeartbeatTimeout: 'heartbeat-timeout',
} as const;
export type ConnectionProblem = (typeof ConnectionProblem)[keyof typeof ConnectionProblem];

export interface CloseDecision {
  action: CloseAction;
  problem: ConnectionProblem | null;
}

/** Codes with a policy of their own; every other code is a link that may come back. */
const POLICY: Readonly<Record<number, CloseDecision>> = {
  1011: { action: CloseAction.ReconnectSlowly, problem: ConnectionProblem.ServerError },
  4001: { action: CloseAction.Stop, problem: ConnectionProblem.AuthFailed },
  4003: { action: CloseAction.Stop, problem: ConnectionProblem.TenantRefused },
  4004: { action: CloseAction.RecreateChat, problem: ConnectionProblem.ChatNotFound },
  4008: { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation },
  4029: { action: CloseAction.ReconnectAfter, problem: ConnectionProblem.RateLimited },
};

export function decideOnClose(code: number, closedByUs: boolean): CloseDecision {
  if (closedByUs) return { action: CloseAction.None, problem: null };
  // 1000 from the platform (we did not ask), 1001, 1006, 1012, 1013 and unknown codes.
  return POLICY[code] ?? { action: CloseAction.Reconnect, problem: ConnectionProblem.Unreachable };
}
