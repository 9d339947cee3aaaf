/**
 * What a follower believes of what another tab relays (shared-socket.ts). Same-origin pages are
 * trusted to run the widget, but a message on the channel is still data: a status is rebuilt from
 * known states and problems and finite numbers, and an acknowledgement passes the checks the
 * socket and storage apply (parse.ts `readAuthSuccess`). Anything else is dropped.
 */
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { isObject, own } from '../protocol/guards.js';
import { readAuthSuccess } from '../protocol/parse.js';
import type { AuthSuccess } from '../protocol/types.js';
import type { SocketStatus } from './socket-status.js';

const STATES = new Set<unknown>(Object.values(SocketState));
const PROBLEMS = new Set<unknown>(Object.values(ConnectionProblem));
const count = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A relayed status, rebuilt field by field; null when any field is not what a socket reports. */
export function readRelayedStatus(raw: unknown): SocketStatus | null {
  if (!isObject(raw)) return null;
  const [state, attempt, lastCloseCode, droppedFrames, problem] = ['state', 'attempt', 'lastCloseCode', 'droppedFrames', 'problem'].map((k) => own(raw, k));
  if (!STATES.has(state) || !count(attempt) || !count(droppedFrames) || !(lastCloseCode === null || count(lastCloseCode))) return null;
  const common = { attempt, lastCloseCode, droppedFrames };
  switch (state) {
    case SocketState.Waiting: {
      const [nextDelayMs, nextAttemptAt] = [own(raw, 'nextDelayMs'), own(raw, 'nextAttemptAt')];
      if (!PROBLEMS.has(problem) || !count(nextDelayMs) || !count(nextAttemptAt)) return null;
      return { ...common, state, problem: problem as ConnectionProblem, nextDelayMs, nextAttemptAt };
    }
    case SocketState.Suspended:
    case SocketState.Closed:
      if (problem !== null && !PROBLEMS.has(problem)) return null;
      return { ...common, state, problem: problem as ConnectionProblem | null };
    default:
      return { ...common, state: state as typeof SocketState.Idle | typeof SocketState.Connecting | typeof SocketState.Open };
  }
}

/** A relayed acknowledgement: null for none, or for one that does not pass the socket's checks. */
export const readRelayedAck = (raw: unknown): AuthSuccess | null => (raw === null || raw === undefined ? null : readAuthSuccess(raw));
