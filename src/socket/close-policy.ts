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

export function decideOnClose(code: number, closedByUs: boolean): CloseDecision {
  if (closedByUs) return { action: CloseAction.None, problem: null };
  switch (code) {
    case 1011:
      return { action: CloseAction.ReconnectSlowly, problem: ConnectionProblem.ServerError };
    case 4001:
      return { action: CloseAction.Stop, problem: ConnectionProblem.AuthFailed };
    case 4003:
      return { action: CloseAction.Stop, problem: ConnectionProblem.TenantRefused };
    case 4004:
      return { action: CloseAction.RecreateChat, problem: ConnectionProblem.ChatNotFound };
    case 4008:
      return { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation };
    case 4029:
      return { action: CloseAction.ReconnectAfter, problem: ConnectionProblem.RateLimited };
    default:
      // 1000 from the platform (we did not ask), 1001, 1006, 1012, 1013 and anything unknown:
      // the link is gone but may come back.
      return { action: CloseAction.Reconnect, problem: ConnectionProblem.Unreachable };
  }
}
