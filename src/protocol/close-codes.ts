/**
 * The close-code table (docs/protocol.md, "Close codes"): what a code means and what the
 * widget does about it. The chat socket acts on it; the diagnostics probe reports with it;
 * the string catalogue words the problem. Nothing else interprets close codes.
 *
 * Only the platform's closes reach this table: the socket detaches its listeners before it
 * closes a WebSocket itself, so a close the widget asked for is never seen here.
 */
import { ConnectionProblem } from './connection.js';

export const CloseAction = {
  /** Reconnect after the usual backoff. */
  Reconnect: 'reconnect',
  /** Reconnect with slow retries: the platform has a fault of its own (1011). */
  ReconnectSlowly: 'reconnect-slowly',
  /** Reconnect no sooner than the platform asked (4029, `retry_after_ms`). */
  ReconnectAfter: 'reconnect-after',
  /** The chat is gone on the platform (4004): forget it, then reconnect. */
  RecreateChat: 'recreate-chat',
  /** Terminal: retrying cannot help until something changes (auth, tenant, policy). */
  Stop: 'stop',
  /** Reconnect within 0.5–2 s: the platform restarts on purpose (realtime's 1001, a rolling deploy). */
  ReconnectSoon: 'reconnect-soon',
} as const;
export type CloseAction = (typeof CloseAction)[keyof typeof CloseAction];

export interface CloseDecision {
  readonly action: CloseAction;
  readonly problem: ConnectionProblem;
  /** The shortest wait before the next attempt, where the code asks for one. */
  readonly floorMs?: number;
}

/** Codes with a policy of their own. */
export type CloseTable = Readonly<Record<number, CloseDecision>>;

export const CLOSE_CODES: CloseTable = Object.freeze({
  1011: { action: CloseAction.ReconnectSlowly, problem: ConnectionProblem.ServerError },
  4001: { action: CloseAction.Stop, problem: ConnectionProblem.AuthFailed },
  4003: { action: CloseAction.Stop, problem: ConnectionProblem.TenantRefused },
  4004: { action: CloseAction.RecreateChat, problem: ConnectionProblem.ChatNotFound },
  4008: { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation },
  4029: { action: CloseAction.ReconnectAfter, problem: ConnectionProblem.RateLimited },
  // MIPTech's later platforms refuse with these before a dialect is known (a bad first frame, a
  // token, the tenant, the join deadline): retrying cannot help, whichever dialect is spoken.
  4400: { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation },
  4401: { action: CloseAction.Stop, problem: ConnectionProblem.AuthFailed },
  4403: { action: CloseAction.Stop, problem: ConnectionProblem.TenantRefused },
  4408: { action: CloseAction.Stop, problem: ConnectionProblem.PolicyViolation },
});

/** Every other code (1000 the widget did not ask for, 1001, 1006, 1012, 1013, unknown) may come back. */
/** `table`: a dialect's own codes (a realtime link's: protocol/dialects/realtime-close.ts); the guide's by default. */
export function decideOnClose(code: number, table: CloseTable = CLOSE_CODES): CloseDecision {
  return table[code] ?? { action: CloseAction.Reconnect, problem: ConnectionProblem.Unreachable };
}

/**
 * The longest wait a platform may ask for. A hint is the platform's, and a hostile or buggy one
 * must not park every visitor's widget for days (a close reason of `retry_after_ms=999999999`),
 * nor flood (a `setTimeout` of 2³¹ ms or more fires at once).
 */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** A wait the platform asked for, if it is one: a finite number ≥ 0, at most MAX_RETRY_AFTER_MS. */
export function retryHint(value: unknown): number | null {
  return Number.isFinite(value) && (value as number) >= 0 ? Math.min(value as number, MAX_RETRY_AFTER_MS) : null;
}

/**
 * The wait a 4029 asks for: exactly `retry_after_ms=1500` (or `retry_after_ms: 1500`) in the
 * close reason, or a reason that is only a number; clamped by `retryHint`. Digits elsewhere
 * (an address, a count) are not a wait.
 */
export function parseRetryAfter(reason: string | null | undefined): number | null {
  const text = reason ?? '';
  const match =
    /(?:^|[\s,;])retry_after_ms\s*[=:]\s*(\d{1,15})(?![\d.eE])/.exec(text) ?? /^\s*(\d{1,15})\s*$/.exec(text);
  return match ? retryHint(Number(match[1])) : null;
}
