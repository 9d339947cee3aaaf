/**
 * What a follower believes of what another tab relays (shared-socket.ts). Same-origin pages are
 * trusted to run the widget, but a message on the channel is still data: a status is rebuilt from
 * known states and problems and finite numbers, and an acknowledgement passes the checks the
 * socket and storage apply (parse.ts `readAuthSuccess`). Anything else is dropped.
 */
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { isObject, type Json } from '../protocol/guards.js';
import { readAuthSuccess } from '../protocol/parse.js';
import type { AuthSuccess } from '../protocol/types.js';
import type { SocketStatus } from './socket-status.js';

const STATES = new Set<unknown>(Object.values(SocketState));
const PROBLEMS = new Set<unknown>(Object.values(ConnectionProblem));
const count = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;
const NUMBERS = ['attempt', 'lastCloseCode', 'droppedFrames', 'nextDelayMs', 'nextAttemptAt'];

/**
 * A relayed status: a known state and problem (a view looks the problem up in the catalogue),
 * and finite numbers (the countdown counts with them); null for anything else.
 */
export function readRelayedStatus(raw: unknown): SocketStatus | null {
  if (!isObject(raw)) return null;
  const status: Json = { ...raw }; // own properties only
  const numbers = NUMBERS.every((key) => status[key] == null || count(status[key]));
  const counted = count(status.attempt) && count(status.droppedFrames);
  const timed = status.state !== SocketState.Waiting || count(status.nextAttemptAt);
  const known = STATES.has(status.state) && (status.problem == null || PROBLEMS.has(status.problem));
  return known && numbers && counted && timed ? (status as unknown as SocketStatus) : null;
}

/** A relayed acknowledgement: null for none, or for one that does not pass the socket's checks. */
export const readRelayedAck = (raw: unknown): AuthSuccess | null =>
  raw === null || raw === undefined ? null : readAuthSuccess(raw);
