/**
 * The visitor's unsent messages: a persistent queue (per tenant, across reloads) delivered in
 * order, that owns each message's delivery state. The first failure stops the queue, so order
 * is kept, and marks everything behind it failed too: one Retry sends them all. Failures are
 * remembered in memory only: after a reload, every waiting message is simply tried again.
 */
import type { ApiFailure } from '../api/api-error.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ChatAction } from '../state/actions.js';
import { STORAGE_KEYS, readOutbox, type OutboxEntry } from './stored.js';

/** Delivers one message: null when the platform has it, else why not. */
export type Deliver = (entry: OutboxEntry) => Promise<ApiFailure | null>;

export class Outbox {
  private entries: OutboxEntry[];
  private readonly failed = new Set<string>();
  private draining = false;

  constructor(private readonly storage: ChatStorage) {
    this.entries = storage.read(STORAGE_KEYS.outbox, readOutbox) ?? [];
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
    this.save();
    return queued(entry);
  }

  /** Failed messages may go again (Retry, or the connection came back). */
  forgiveFailures(): void {
    this.failed.clear();
  }

  clear(): void {
    this.entries = [];
    this.failed.clear();
    this.save();
  }

  /** Delivers waiting messages in order until one fails; a second call while one runs does nothing. */
  async drain(deliver: Deliver, emit: (action: ChatAction) => void): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let entry = this.nextToSend(); entry; entry = this.nextToSend()) {
        const id = entry.client_message_id;
        emit({ type: 'message-sending', clientMessageId: id });
        const failure = await deliver(entry);
        if (failure) {
          for (const waiting of this.entries) {
            this.failed.add(waiting.client_message_id);
            emit({ type: 'message-failed', clientMessageId: waiting.client_message_id, failure });
          }
          return;
        }
        this.entries = this.entries.filter((e) => e.client_message_id !== id);
        this.save();
      }
    } finally {
      this.draining = false;
    }
  }

  private nextToSend(): OutboxEntry | undefined {
    return this.entries.find((e) => !this.failed.has(e.client_message_id));
  }

  private save(): void {
    if (this.entries.length === 0) this.storage.remove(STORAGE_KEYS.outbox);
    else this.storage.write(STORAGE_KEYS.outbox, this.entries);
  }
}

const queued = (entry: OutboxEntry): ChatAction => ({
  type: 'message-queued',
  clientMessageId: entry.client_message_id,
  content: entry.content,
  createdAt: entry.created_at,
});
