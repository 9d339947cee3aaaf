/**
 * After the platform closes a socket: stop for good, or reconnect after how long. Pure: the
 * close-code table (protocol/close-codes.ts) decides the kind, the backoff and the platform's
 * own hint decide the wait.
 */
import { CloseAction, decideOnClose, parseRetryAfter, type CloseTable } from '../protocol/close-codes.js';
import type { ConnectionProblem } from '../protocol/connection.js';

export type ClosePlan =
  | { readonly stop: true; readonly problem: ConnectionProblem }
  | { readonly stop: false; readonly problem: ConnectionProblem; readonly delayMs: number };

export interface CloseContext {
  /** The next backoff delay, at least `floorMs` (advances the backoff). */
  backoff: (floorMs?: number) => number;
  /** The shortest wait after a server error (1011). */
  serverErrorFloorMs: number;
  /** A wait the platform asked for in an `error` frame just before closing, if any. */
  askedRetryAfterMs: number | null;
  /** The close codes of the dialect the link spoke (the guide's when undefined). */
  table: CloseTable | undefined;
  random: () => number;
}

export function planAfterClose(code: number, reason: string, context: CloseContext): ClosePlan {
  const { action, problem, floorMs } = decideOnClose(code, context.table);
  switch (action) {
    case CloseAction.Stop:
    case CloseAction.RecreateChat:
      return { stop: true, problem };
    case CloseAction.ReconnectSlowly:
      return { stop: false, problem, delayMs: context.backoff(context.serverErrorFloorMs) };
    case CloseAction.ReconnectAfter: {
      const asked = context.askedRetryAfterMs ?? parseRetryAfter(reason) ?? 0;
      return { stop: false, problem, delayMs: Math.max(asked, context.backoff(floorMs)) };
    }
    case CloseAction.ReconnectSoon:
      return { stop: false, problem, delayMs: 500 + Math.round(1500 * context.random()) };
    default:
      return { stop: false, problem, delayMs: context.backoff() };
  }
}
