/**
 * How long the chat socket waits before its next attempt, from one link to the next: the backoff
 * (reset only once a link has stayed up), a wait the platform asked for just before it closed,
 * and, after a close, the plan of close-plan.ts for its code. (A closure, not a class, as
 * owner-watch.ts says why.)
 */
import type { CloseTable } from '../protocol/close-codes.js';
import { Backoff, type BackoffOptions } from './backoff.js';
import { planAfterClose, type ClosePlan } from './close-plan.js';

export interface ReconnectWaits {
  /** The platform asked for `ms` before the next attempt (its close is on its way). */
  ask(ms: number): void;
  /** Stop, or reconnect after how long, once the platform closed a link that spoke `table`'s codes. */
  afterClose(code: number, reason: string, table: CloseTable | undefined): ClosePlan;
  /** The wait after a link this side gave up on (no `open`, no handshake, no heartbeat). */
  afterFailure(): number;
  /** The link stayed up: the next loss starts again from the shortest waits. */
  reset(): void;
}

/** `serverErrorFloorMs`: the shortest wait after a server error (1011). */
export function reconnectWaits(options: BackoffOptions & { serverErrorFloorMs: number }): ReconnectWaits {
  const backoff = new Backoff(options);
  const { serverErrorFloorMs, random } = options;
  let asked: number | null = null;
  return {
    ask: (ms) => {
      asked = ms;
    },
    afterClose(code, reason, table) {
      const next = (floorMs?: number) => backoff.next(floorMs);
      const context = { backoff: next, serverErrorFloorMs, askedRetryAfterMs: asked, table, random };
      asked = null;
      return planAfterClose(code, reason, context);
    },
    afterFailure: () => backoff.next(),
    reset: () => backoff.reset(),
  };
}
