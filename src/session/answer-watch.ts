/**
 * Every accepted question ends on screen: as its answer, or as "No answer arrived" with Retry and
 * Discard; never as a "typing" that lasts for ever. A platform may stream an answer to no one
 * (a socket still joining, a per-chat broadcast that replays nothing), lose it, or stop halfway
 * and finish only in storage. So while a question waits, or an answer streams, with no sign of
 * progress (a new message, a chunk, `typing` or `processing`):
 *  - after ANSWER_WATCH.firstCheckMs the history is fetched (what was stored but never streamed);
 *  - then again, each wait twice the last, up to pollCapMs;
 *  - past giveUpMs, a streaming answer is marked interrupted (with Regenerate) and a waiting
 *    question unanswered (with Retry, which asks again, and Discard).
 * Any progress starts the watch over. One watch for the conversation, on the injected clock.
 */
import type { Scheduler, TimerHandle } from '../ports/ports.js';
import type { ChatAction } from '../state/actions.js';
import { Delivery, type ChatMessage, type ChatState } from '../state/chat-state.js';

export const ANSWER_WATCH = {
  /**
   * 3 s: the reference platform starts an answer 250 ms after the question (`typing` at once),
   * and MIPTech's platform sends `processing` at once and needs 1.7 s or more for its AI
   * (PLATFORM-GENERATIONS.md); its own client waits 5 s for a chat id. Three seconds of silence
   * is well past a live answer's first sign, and soon enough that an answer streamed to no one
   * (stored a second later) is on screen within 5 s of the question.
   */
  firstCheckMs: 3_000,
  pollFirstMs: 2_000,
  pollCapMs: 15_000,
  /** MIPTech's own client marks an answer failed 30 s after it starts; a question gets twice that. */
  giveUpMs: 60_000,
} as const;

/**
 * The oldest question the platform accepted that no answer replies to yet (an answer without
 * `reply_to` answers the oldest question before it), and not already given up on.
 */
export function openQuestion(messages: readonly ChatMessage[]): ChatMessage | null {
  const replied = new Set(messages.map((m) => (m.role === 'assistant' ? m.replyTo : null)));
  const waiting: ChatMessage[] = [];
  for (const m of messages) {
    const open = m.role === 'user' && m.delivery === Delivery.Sent && !m.unanswered && !replied.has(m.clientMessageId);
    if (open) waiting.push(m);
    else if (m.role === 'assistant' && m.replyTo === null) waiting.shift();
  }
  return waiting[0] ?? null;
}

/** What the watch waits on, and a fingerprint of the progress made on it (null: nothing to wait for). */
function watched(state: ChatState): { progress: string; question: ChatMessage | null } | null {
  const streaming = state.messages.filter((m) => m.streaming);
  const question = openQuestion(state.messages);
  if (streaming.length === 0 && question === null && !state.platformTyping) return null;
  const last = state.messages[state.messages.length - 1];
  const progress = [state.messages.length, last?.key, last?.content.length, state.platformTyping, question?.key].join(
    ':',
  );
  return { progress, question };
}

export interface AnswerWatchPorts {
  scheduler: Scheduler;
  /** Fetches what the widget missed (history after the last `seq`). */
  catchUp: () => Promise<void>;
  dispatch: (action: ChatAction) => void;
}

export class AnswerWatch {
  private progress: string | null = null;
  private checks = 0;
  /** The next look at the history, and the bound: apart, so a fetch that hangs never holds the bound back. */
  private poll: TimerHandle | null = null;
  private deadline: TimerHandle | null = null;
  private state: ChatState | null = null;

  constructor(private readonly ports: AnswerWatchPorts) {}

  /** The conversation changed: start, go on with, or end the watch. */
  observe(state: ChatState): void {
    this.state = state;
    const now = watched(state);
    if (now?.progress === this.progress) return;
    this.stop();
    if (!now) return;
    this.progress = now.progress;
    this.deadline = this.ports.scheduler.setTimeout(() => this.giveUp(), ANSWER_WATCH.giveUpMs);
    this.schedule(ANSWER_WATCH.firstCheckMs);
  }

  stop(): void {
    for (const timer of [this.poll, this.deadline]) if (timer !== null) this.ports.scheduler.clearTimeout(timer);
    [this.poll, this.deadline, this.progress, this.checks] = [null, null, null, 0];
  }

  private schedule(delayMs: number): void {
    this.poll = this.ports.scheduler.setTimeout(() => void this.check(), delayMs);
  }

  private async check(): Promise<void> {
    this.poll = null;
    const progress = this.progress;
    await this.ports.catchUp();
    // What the fetch brought was observed; the watch goes on only if nothing moved (and it still runs).
    if (progress === null || this.progress !== progress || this.poll !== null) return;
    this.checks += 1;
    this.schedule(Math.min(ANSWER_WATCH.pollCapMs, ANSWER_WATCH.pollFirstMs * 2 ** (this.checks - 1)));
  }

  private giveUp(): void {
    const state = this.state;
    this.stop();
    if (!state) return;
    if (state.messages.some((m) => m.streaming)) this.ports.dispatch({ type: 'answers-interrupted' });
    const question = openQuestion(state.messages);
    if (question) this.ports.dispatch({ type: 'answer-missing', key: question.key, missing: true });
    else if (state.platformTyping) this.ports.dispatch({ type: 'typing', isTyping: false });
  }
}
