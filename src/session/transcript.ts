/**
 * The conversation kept in the visitor's storage where the platform keeps none for the widget to
 * fetch (the `realtime` dialect has no history API): the last MAX_TRANSCRIPT finished messages,
 * restored on the next visit. `clear()` and `forget()` remove it (README, "What it stores").
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import { parseMessage } from '../protocol/parse.js';
import type { Message } from '../protocol/types.js';
import type { ChatMessage } from '../state/chat-state.js';
import { STORAGE_KEYS } from './stored.js';

/** Enough to pick a conversation up again; a bound, so storage never fills with one. */
export const MAX_TRANSCRIPT = 50;
/** A longer message is kept cut (its start is what a reader needs to pick up again). */
export const MAX_TRANSCRIPT_CHARS = 8_000;

const readTranscript = (value: unknown): Message[] | null =>
  Array.isArray(value)
    ? value
        .slice(-MAX_TRANSCRIPT)
        .map(parseMessage)
        .filter((m): m is Message => m !== null)
    : null;

export class Transcript {
  /** What was written last: a store change that finishes no message writes nothing. */
  private written = '';

  constructor(private readonly storage: ChatStorage) {}

  /** The kept conversation, in order (numbered as kept), or none. */
  restore(): Message[] {
    return (this.storage.read(STORAGE_KEYS.transcript, readTranscript) ?? []).map((m, seq) => ({ ...m, seq }));
  }

  /** Keeps the finished messages of `messages` (the ones still streaming or unsent wait). */
  observe(messages: readonly ChatMessage[]): void {
    const done = messages.filter((m) => !m.streaming && m.seq !== null && m.role !== 'system').slice(-MAX_TRANSCRIPT);
    const mark = `${done.length}:${done.at(-1)?.key}:${done.at(-1)?.content.length}`;
    if (mark === this.written) return;
    this.written = mark;
    this.storage.write(
      STORAGE_KEYS.transcript,
      done.map((m) => ({
        id: m.id ?? m.key,
        chat_id: '',
        role: m.role,
        content: m.content.slice(0, MAX_TRANSCRIPT_CHARS),
        created_at: m.createdAt,
        ...(m.clientMessageId ? { client_message_id: m.clientMessageId } : {}),
        ...(m.sources.length ? { sources: m.sources } : {}),
        ...(m.replyTo ? { reply_to: m.replyTo } : {}),
      })),
    );
  }

  clear(): void {
    this.written = '';
    this.storage.remove(STORAGE_KEYS.transcript);
  }
}
