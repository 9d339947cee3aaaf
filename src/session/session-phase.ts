/**
 * The session's state machine: where it stands with its platform, as a union and a pure `next`,
 * as socket/socket-status.ts does for the socket. The session keeps one value of it, in place of
 * flags spread over itself (stopped), its handshake (the link open) and the connection policy
 * (ever opened, REST reached); those read it.
 */
import { SocketState } from '../protocol/connection.js';

export const SessionPhase = {
  /** Made, and not yet asked to connect. */
  Idle: 'idle',
  /** Connecting, and never open yet. */
  Connecting: 'connecting',
  Open: 'open',
  /** It was open, and is not now. */
  Reconnecting: 'reconnecting',
  /** Stopped for good (the element left the page): nothing moves it again. */
  Stopped: 'stopped',
} as const;
export type SessionPhase = (typeof SessionPhase)[keyof typeof SessionPhase];

export interface SessionState {
  readonly phase: SessionPhase;
  /** A REST call succeeded: the platform is there even if its socket is not. */
  readonly restReachable: boolean;
}

export type SessionEvent =
  | { readonly type: 'connect' }
  | { readonly type: 'socket'; readonly state: SocketState }
  | { readonly type: 'rest-reached' }
  | { readonly type: 'stop' };

export const INITIAL_SESSION: SessionState = { phase: SessionPhase.Idle, restReachable: false };

export function nextSession(state: SessionState, event: SessionEvent): SessionState {
  const { phase } = state;
  if (phase === SessionPhase.Stopped) return state;
  switch (event.type) {
    case 'stop':
      return { ...state, phase: SessionPhase.Stopped };
    case 'rest-reached':
      return { ...state, restReachable: true };
    case 'connect':
      return phase === SessionPhase.Idle ? { ...state, phase: SessionPhase.Connecting } : state;
    default:
      if (phase === SessionPhase.Idle) return state;
      if (event.state === SocketState.Open) return { ...state, phase: SessionPhase.Open };
      return phase === SessionPhase.Open ? { ...state, phase: SessionPhase.Reconnecting } : state;
  }
}

/** Asked to connect, and not open now: answers can come only over REST. */
export const linkDown = (state: SessionState): boolean =>
  state.phase === SessionPhase.Connecting || state.phase === SessionPhase.Reconnecting;

/** The socket was open at least once in this session. */
export const everOpened = (state: SessionState): boolean =>
  state.phase === SessionPhase.Open || state.phase === SessionPhase.Reconnecting;
