/** Which message an answer control acts on. Pure lookups over the store's messages. */
import { Delivery, type ChatMessage } from '../state/chat-state.js';

/** The answer still streaming, if any (Stop generating cancels it). */
export function streamingAnswer(messages: readonly ChatMessage[]): ChatMessage | undefined {
  return messages.find((m) => m.streaming);
}

/**
 * The message to regenerate for answer `key`: the answer itself once stored, or, for an answer
 * the platform never stored (cut off by a crash), its question; for a question no answer came
 * to (`unanswered`), the question, which the platform simply answers again.
 */
export function regenerateTarget(messages: readonly ChatMessage[], key: string): string | null {
  const answer = messages.find((m) => m.key === key);
  if (answer?.role === 'user') return answer.unanswered ? answer.id : null;
  if (!answer || answer.role !== 'assistant' || answer.streaming) return null;
  if (answer.seq !== null) return answer.id;
  const question = messages.find(
    (m) => m.role === 'user' && m.clientMessageId !== null && m.clientMessageId === answer.replyTo,
  );
  return question?.id ?? null;
}

/**
 * An answer is due and only REST can bring it: the last thing said was a delivered question
 * or a cut-off answer. (The history poller asks this while the socket is not open.)
 */
export function answerDue(messages: readonly ChatMessage[]): boolean {
  const last = messages[messages.length - 1];
  if (!last) return false;
  return last.role === 'user' ? last.delivery === Delivery.Sent : last.role === 'assistant' && last.seq === null;
}
