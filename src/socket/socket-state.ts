import type { ConnectionProblem } from './close-policy.js';

/** The chat socket's state machine (docs/protocol.md, "Connection states"). */
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

export interface SocketStatus {
  readonly state: SocketState;
  /** Connection attempts since the last connection that stayed open long enough to count. */
  readonly attempt: number;
  /** While waiting: the delay chosen for the next attempt. */
  readonly nextDelayMs: number | null;
  /** While waiting: when (scheduler clock) the next attempt starts. */
  readonly nextAttemptAt: number | null;
  /** Why the socket is not open, when there is a reason worth telling. */
  readonly problem: ConnectionProblem | null;
  readonly lastCloseCode: number | null;
  /** Inbound frames dropped as malformed since the socket was made. */
  readonly droppedFrames: number;
}

export const INITIAL_SOCKET_STATUS: SocketStatus = Object.freeze({
  state: SocketState.Idle,
  attempt: 0,
  nextDelayMs: null,
  nextAttemptAt: null,
  problem: null,
  lastCloseCode: null,
  droppedFrames: 0,
});
