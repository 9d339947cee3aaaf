/** The connection's state in words for the visitor (the status line and the error panel). */
import { ConnectionProblem } from '../socket/close-policy.js';
import { SocketState, type SocketStatus } from '../socket/socket-state.js';

export function describeConnectionProblem(status: SocketStatus): string {
  switch (status.problem) {
    case ConnectionProblem.ServerError:
      return 'The chat service reported a server error (1011) and is being retried slowly.';
    case ConnectionProblem.AuthFailed:
      return 'The chat service did not accept this widget’s credentials (4001).';
    case ConnectionProblem.TenantRefused:
      return 'The chat service does not accept this site: the tenant ID is unknown or this address is not allowed (4003).';
    case ConnectionProblem.PolicyViolation:
      return 'The chat service closed the connection because of a policy violation (4008).';
    case ConnectionProblem.RateLimited:
      return 'The chat service asked the widget to slow down (4029).';
    case ConnectionProblem.HeartbeatTimeout:
      return 'The connection stopped answering.';
    case ConnectionProblem.ChatNotFound:
      return 'The chat service no longer knows this conversation.';
    default:
      return status.lastCloseCode === null && status.state !== SocketState.Closed
        ? 'The chat service could not be reached.'
        : `The chat service could not be reached${status.lastCloseCode ? ` (close code ${status.lastCloseCode})` : ''}.`;
  }
}

/** One short line for the status bar, or null when everything is fine. */
export function connectionStatusLine(status: SocketStatus, now: number): string | null {
  switch (status.state) {
    case SocketState.Open:
    case SocketState.Idle:
      return null;
    case SocketState.Connecting:
      return status.attempt > 1 ? `Reconnecting (attempt ${status.attempt})…` : 'Connecting…';
    case SocketState.Waiting: {
      const seconds = Math.max(1, Math.ceil(((status.nextAttemptAt ?? now) - now) / 1000));
      const why = status.problem === ConnectionProblem.ServerError ? 'Server error. ' : 'Connection lost. ';
      return `${why}Reconnecting in ${seconds} s…`;
    }
    case SocketState.Suspended:
      return 'Offline. The chat reconnects when you are back online.';
    case SocketState.Closed:
      return status.problem ? describeConnectionProblem(status) : 'Disconnected.';
    default:
      return null;
  }
}
