/**
 * The visitor's unsent messages: a persistent queue (per tenant, across reloads) delivered in
 * order, that owns each message's delivery state. The first failure stops the queue, so order
 * is kept, and marks everything behind it failed too: one Retry sends them all. Failures are
 * remembered in memory only: after a reload, every waiting message is simply tried again.
 * Each message has its own storage key, so instances and tabs of one tenant add and remove
 * their own without overwriting anyone else's; what is stored is read back in creation order.
 */
import type { ApiFailure } from '../api/api-error.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ChatAction } from '../state/actions.js';
import { MAX_OUTBOX, STORAGE_KEYS, outboxKey, readOutboxEntry, type OutboxEntry } from './stored.js';

/** Delivers one message: null when the platform has it, else why not. */
export type Deliver = (entry: OutboxEntry) => Promise<ApiFailure | null>;

export class Outbox {
  private entries: OutboxEntry[];
  private readonly failed = new Set<string>();
  private draining = false;
  private nextSeq: number;

  constructor(private readonly storage: ChatStorage) {
    const keys = storage.keys(STORAGE_KEYS.outboxPrefix);
    if (keys.length > MAX_OUTBOX) keys.splice(0).forEach((key) => storage.discard(key));
    this.entries = keys
      .map((key) => storage.read(key, readOutboxEntry))
      .filter((entry): entry is OutboxEntry => entry !== null)
      .sort((a, b) =>
        a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : (a.seq ?? 0) - (b.seq ?? 0),
      );
    this.nextSeq = Math.max(0, ...this.entries.map((e) => e.seq ?? 0)) + 1;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The waiting messages, as the actions that show them in a fresh store. */
  restore(): ChatAction[] {
    return this.entries.map(queued);
  }

  add(entry: OutboxEntry): ChatAction {
    this.entries.push(entry);
    this.storage.write(outboxKey(entry.client_message_id), { ...entry, seq: this.nextSeq++ });
    return queued(entry);
  }

  /**
   * The visitor gives up on a message that failed (it leaves the queue and storage), or on a
   * question no answer came to (the view lets it go; the reducer keeps what the platform answered).
   */
  discard(clientMessageId: string): ChatAction {
    if (this.entries.some((e) => e.client_message_id === clientMessageId)) {
      this.forget(clientMessageId);
      this.failed.delete(clientMessageId);
      this.storage.remove(outboxKey(clientMessageId));
    }
    return { type: 'message-discarded', clientMessageId };
  }

  /** Another tab delivered (or cleared) this message: it is not ours to send any more. */
  forget(clientMessageId: string): void {
    this.entries = this.entries.filter((e) => e.client_message_id !== clientMessageId);
  }

  /** Failed messages may go again (Retry, or the connection came back). */
  forgiveFailures(): void {
    this.failed.clear();
  }

  clear(): void {
    this.entries = [];
    this.failed.clear();
    for (const key of this.storage.keys(STORAGE_KEYS.outboxPrefix)) this.storage.remove(key);
  }

  /**
   * Delivers waiting messages in order until one fails, yielding what each step means for the
   * store (the session dispatches it: only the session dispatches). A second call while one
   * runs yields nothing.
   */
  async *drain(deliver: Deliver): AsyncGenerator<ChatAction> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let entry = this.nextToSend(); entry; entry = this.nextToSend()) {
        const id = entry.client_message_id;
        yield { type: 'message-sending', clientMessageId: id };
        const failure = await deliver(entry);
        if (failure) {
          for (const waiting of this.entries) {
            this.failed.add(waiting.client_message_id);
            yield { type: 'message-failed', clientMessageId: waiting.client_message_id, failure };
          }
          return;
        }
        this.forget(id);
        this.storage.remove(outboxKey(id));
      }
    } finally {
      this.draining = false;
    }
  }

  private nextToSend(): OutboxEntry | undefined {
    return this.entries.find((e) => !this.failed.has(e.client_message_id));
  }
}

const queued = (entry: OutboxEntry): ChatAction => ({
  type: 'message-queued',
  clientMessageId: entry.client_message_id,
  content: entry.content,
  createdAt: entry.created_at,
});
