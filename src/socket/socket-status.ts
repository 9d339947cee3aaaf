/**
 * The chat socket's status as a discriminated union (each state carries what it needs, and
 * only that) and its transitions as one pure function, `next(status, event)`. The socket
 * applies the result; tests check the transitions as a table.
 */
import { SocketState, type ConnectionProblem } from '../protocol/connection.js';
import type { Dialect } from '../protocol/dialect.js';

interface Common {
  /** Connection attempts since the last connection that stayed open long enough to count. */
  readonly attempt: number;
  /** The platform's last close code, if it ever closed on us. */
  readonly lastCloseCode: number | null;
  /** Inbound frames dropped as malformed since the socket was made. */
  readonly droppedFrames: number;
  /** The dialect the platform spoke on the last link that opened (protocol/dialect.ts), or null before one did. */
  readonly dialect: Dialect | null;
}

export type SocketStatus =
  | (Common & { readonly state: typeof SocketState.Idle })
  | (Common & { readonly state: typeof SocketState.Connecting })
  | (Common & { readonly state: typeof SocketState.Open })
  | (Common & {
      readonly state: typeof SocketState.Waiting;
      readonly problem: ConnectionProblem;
      /** The delay chosen for the next attempt. */
      readonly nextDelayMs: number;
      /** When (scheduler clock) the next attempt starts. */
      readonly nextAttemptAt: number;
    })
  | (Common & { readonly state: typeof SocketState.Suspended; readonly problem: ConnectionProblem | null })
  /** `problem` null: closed on purpose (disconnect, page left); otherwise terminal until a retry. */
  | (Common & { readonly state: typeof SocketState.Closed; readonly problem: ConnectionProblem | null });

export type SocketEvent =
  /** A new WebSocket is being opened. */
  | { readonly type: 'attempt' }
  /** The platform acknowledged `auth`, or the realtime link joined. */
  | { readonly type: 'authenticated'; readonly dialect: Dialect }
  /** The connection stayed open long enough: the attempt count starts again. */
  | { readonly type: 'stable' }
  /** The link is gone and will be retried after `delayMs` (or when resumed, if `suspended`). */
  | {
      readonly type: 'lost';
      readonly problem: ConnectionProblem;
      readonly closeCode?: number;
      readonly delayMs: number;
      readonly now: number;
      readonly suspended: boolean;
    }
  /** The link is gone and retrying cannot help until something changes. */
  | { readonly type: 'stopped'; readonly problem: ConnectionProblem; readonly closeCode?: number }
  /** The page went offline or hidden while waiting: spend no attempts. */
  | { readonly type: 'suspend' }
  /** Closed on purpose. */
  | { readonly type: 'disconnect' }
  | { readonly type: 'frame-dropped' };

export const INITIAL_SOCKET_STATUS: SocketStatus = Object.freeze({
  state: SocketState.Idle,
  attempt: 0,
  lastCloseCode: null,
  droppedFrames: 0,
  dialect: null,
});

/** The problem a status carries, if its state carries one. */
export const problemOf = (status: SocketStatus): ConnectionProblem | null =>
  'problem' in status ? status.problem : null;

/** The wait before the next attempt, while waiting. */
export const nextDelayOf = (status: SocketStatus): number | null =>
  status.state === SocketState.Waiting ? status.nextDelayMs : null;

/** The status after `event`; the same object when nothing changes. */
export function next(status: SocketStatus, event: SocketEvent): SocketStatus {
  const common = {
    attempt: status.attempt,
    lastCloseCode: status.lastCloseCode,
    droppedFrames: status.droppedFrames,
    dialect: status.dialect,
  };
  switch (event.type) {
    case 'attempt':
      return Object.freeze({ ...common, state: SocketState.Connecting, attempt: status.attempt + 1 });
    case 'authenticated':
      return status.state === SocketState.Connecting
        ? Object.freeze({ ...common, state: SocketState.Open, dialect: event.dialect })
        : status;
    case 'stable':
      return status.state === SocketState.Open && status.attempt !== 0
        ? Object.freeze({ ...status, attempt: 0 })
        : status;
    case 'lost': {
      const lastCloseCode = event.closeCode ?? status.lastCloseCode;
      if (event.suspended)
        return Object.freeze({ ...common, lastCloseCode, state: SocketState.Suspended, problem: event.problem });
      return Object.freeze({
        ...common,
        lastCloseCode,
        state: SocketState.Waiting,
        problem: event.problem,
        nextDelayMs: event.delayMs,
        nextAttemptAt: event.now + event.delayMs,
      });
    }
    case 'stopped':
      return Object.freeze({
        ...common,
        lastCloseCode: event.closeCode ?? status.lastCloseCode,
        state: SocketState.Closed,
        problem: event.problem,
      });
    case 'suspend':
      return status.state === SocketState.Waiting
        ? Object.freeze({ ...common, state: SocketState.Suspended, problem: status.problem })
        : status;
    case 'disconnect':
      return status.state === SocketState.Closed && status.problem === null
        ? status
        : Object.freeze({ ...common, state: SocketState.Closed, problem: null });
    case 'frame-dropped':
      return Object.freeze({ ...status, droppedFrames: status.droppedFrames + 1 });
    default:
      return status;
  }
}
