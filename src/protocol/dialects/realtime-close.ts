/** The realtime dialect's close codes; only a realtime link (its own chunk) carries them. */
import { CLOSE_CODES, CloseAction, type CloseTable } from '../close-codes.js';
import { ConnectionProblem } from '../connection.js';

/**
 * A realtime platform's codes (PLATFORM-GENERATIONS.md §4), over the guide's (which stop on its
 * 44xx too): 1008 refuses for good, 4003 is a rate limit (at least 5 s) and 4004 a failed
 * authentication; 1001 and 1012 are restarts on purpose.
 */
export const REALTIME_CLOSE_CODES: CloseTable = Object.freeze({
  ...CLOSE_CODES,
  1001: { action: CloseAction.ReconnectSoon, problem: ConnectionProblem.Unreachable },
  1008: { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation },
  1012: { action: CloseAction.ReconnectSlowly, problem: ConnectionProblem.ServerError },
  4003: { action: CloseAction.ReconnectAfter, problem: ConnectionProblem.RateLimited, floorMs: 5_000 },
  4004: { action: CloseAction.Stop, problem: ConnectionProblem.AuthFailed },
});
