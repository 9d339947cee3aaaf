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
  /** Answers being streamed that just began or grew (for screen readers, sentence by sentence). */
  streamingAnswers: ChatMessage[];
}

const complete = (m: ChatMessage | undefined) =>
  m !== undefined && m.role === 'assistant' && !m.streaming && m.seq !== null;

/**
 * The message each one was before the change. Most changes (a streamed chunk, a delivery mark)
 * keep the list's length and order, so the same index holds the old message; only a list that
 * grew or moved is looked up by key. Unchanged messages are the same objects, and are skipped.
 */
function previousOf(
  state: ChatState,
  previous: ChatState,
): (message: ChatMessage, index: number) => ChatMessage | undefined {
  const { messages } = previous;
  if (state.messages.length === messages.length) {
    const aligned = state.messages.every((m, i) => m.key === messages[i].key);
    if (aligned) return (_, index) => messages[index];
  }
  const before = new Map(messages.map((m) => [m.key, m]));
  return (message) => before.get(message.key);
}

export function transitions(state: ChatState, previous: ChatState): Transitions {
  const restoring = previous.messages.length === 0;
  const result: Transitions = {
    connection: state.connection.state !== previous.connection.state ? state.connection : null,
    error: state.error && state.error !== previous.error ? state.error : null,
    failedSends: [],
    completedAnswers: [],
    streamingAnswers: [],
  };
  if (state.messages === previous.messages) return result;
  const oldOf = previousOf(state, previous);
  state.messages.forEach((message, index) => {
    const old = oldOf(message, index);
    if (old === message) return;
    if (message.delivery === Delivery.Failed && old?.delivery !== Delivery.Failed) result.failedSends.push(message);
    if (complete(message) && !complete(old))
      result.completedAnswers.push({ message, live: old !== undefined || !restoring });
    if (message.role === 'assistant' && message.streaming && message.content !== old?.content)
      result.streamingAnswers.push(message);
  });
  return result;
}
