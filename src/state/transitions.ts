/**
 * What changed between two snapshots, in the terms the element reports to the host page
 * (events) and to the visitor (unread count, the announcement). Pure.
 */
import type { SocketStatus } from '../socket/socket-status.js';
import { Delivery, type ChatMessage, type ChatState, type PanelError } from './chat-state.js';

export interface Transitions {
  /** The connection's state changed (not just its counters). */
  connection: SocketStatus | null;
  /** A new panel-wide error. */
  error: PanelError | null;
  /** User messages whose delivery just failed. */
  failedSends: ChatMessage[];
  /**
   * Answers that just became complete and stored. `live` is false for answers restored from
   * history on start (they are not unread, and not announced).
   */
  completedAnswers: { message: ChatMessage; live: boolean }[];
}

export function transitions(state: ChatState, previous: ChatState): Transitions {
  const before = new Map(previous.messages.map((m) => [m.key, m]));
  const restoring = previous.messages.length === 0;
  const result: Transitions = {
    connection: state.connection.state !== previous.connection.state ? state.connection : null,
    error: state.error && state.error !== previous.error ? state.error : null,
    failedSends: [],
    completedAnswers: [],
  };
  for (const message of state.messages) {
    const old = before.get(message.key);
    if (message.delivery === Delivery.Failed && old?.delivery !== Delivery.Failed) result.failedSends.push(message);
    const complete = (m: ChatMessage | undefined) => m !== undefined && m.role === 'assistant' && !m.streaming && m.seq !== null;
    if (complete(message) && !complete(old)) result.completedAnswers.push({ message, live: old !== undefined || !restoring });
  }
  return result;
}
