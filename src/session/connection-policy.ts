/**
 * When the connection's trouble becomes the panel's connection banner. Pure: the
 * socket's status and two facts in, a panel error (a code) or null out.
 */
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import type { SocketStatus } from '../socket/socket-status.js';
import type { ChatAction } from '../state/actions.js';
import type { PanelError } from '../state/chat-state.js';

/** Failed first connections before the panel shows the connection banner. */
export const ATTEMPTS_BEFORE_CONNECTION_ERROR = 3;

export interface ConnectionFacts {
  /** The socket was open at least once in this session. */
  everOpened: boolean;
  /** A REST call succeeded: the platform is there even if its socket is not. */
  restReachable: boolean;
}

/**
 * A terminal close is always an error. A socket that never opened is only "the platform is
 * unreachable" if REST is not working either: WebSockets alone can be blocked (proxies), and
 * then the REST fallback carries on.
 */
export function connectionError(status: SocketStatus, facts: ConnectionFacts): PanelError | null {
  // A blocked socket is not an error: the chat works over REST (the status line says so).
  if (status.state === SocketState.Closed && status.problem !== null && status.problem !== ConnectionProblem.Blocked) {
    return { problem: status.problem, closeCode: status.lastCloseCode };
  }
  const neverReached =
    !facts.everOpened &&
    !facts.restReachable &&
    status.state === SocketState.Waiting &&
    status.attempt >= ATTEMPTS_BEFORE_CONNECTION_ERROR;
  return neverReached ? { problem: status.problem, closeCode: status.lastCloseCode } : null;
}

/** A connection error goes away once the socket opens, or once REST answers while the socket is not closed for good. */
export function connectionRecovered(status: SocketStatus, facts: ConnectionFacts): boolean {
  return status.state === SocketState.Open || (facts.restReachable && status.state !== SocketState.Closed);
}

/** The action that sets or clears the panel's connection error for `status`, or null for none. */
export function connectionErrorAction(
  status: SocketStatus,
  facts: ConnectionFacts,
  shown: PanelError | null,
): ChatAction | null {
  const error = connectionError(status, facts);
  if (error) return { type: 'error', error };
  return shown && connectionRecovered(status, facts) ? { type: 'error', error: null } : null;
}
