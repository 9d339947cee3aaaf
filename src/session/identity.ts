/**
 * Who the visitor is to the platform, kept per tenant across reloads: the session and visitor
 * ids, and the chat once one exists. Chat creation is idempotent: the `client_chat_id` is
 * chosen and stored before the first attempt, so a retry (or a reload mid-request) gets the
 * same chat back instead of a second one.
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import type { Chat, CreateChatBody } from '../protocol/types.js';
import { STORAGE_KEYS, isStoredIdentity, type StoredIdentity } from './stored.js';

export type CreateChat = (body: CreateChatBody) => Promise<Chat>;

export class Identity {
  private stored: StoredIdentity;
  private creating: Promise<string> | null = null;

  constructor(
    private readonly storage: ChatStorage,
    private readonly newId: () => string,
  ) {
    this.stored = storage.read(STORAGE_KEYS.identity, isStoredIdentity) ?? { session_id: newId(), visitor_id: newId() };
  }

  get sessionId(): string {
    return this.stored.session_id;
  }

  get visitorId(): string {
    return this.stored.visitor_id;
  }

  get chatId(): string | null {
    return this.stored.chat_id ?? null;
  }

  /** Writes the ids down (on the first connect: a widget never opened leaves nothing behind). */
  save(): void {
    this.storage.write(STORAGE_KEYS.identity, this.stored);
  }

  /** The chat id, creating the chat on the first call; concurrent callers share one creation. */
  ensureChat(create: CreateChat, body: Omit<CreateChatBody, 'client_chat_id' | 'session_id' | 'visitor_id'>): Promise<string> {
    if (this.stored.chat_id) return Promise.resolve(this.stored.chat_id);
    this.creating ??= (async () => {
      const key = this.stored.chat_key ?? this.newId();
      this.update({ ...this.stored, chat_key: key });
      try {
        const chat = await create({ client_chat_id: key, session_id: this.sessionId, visitor_id: this.visitorId, ...body });
        this.update({ session_id: this.sessionId, visitor_id: this.visitorId, chat_id: chat.id });
        return chat.id;
      } finally {
        this.creating = null;
      }
    })();
    return this.creating;
  }

  /** The platform no longer knows the chat, or the visitor starts over: the next send makes a new one. */
  forgetChat(): void {
    this.update({ session_id: this.sessionId, visitor_id: this.visitorId });
  }

  private update(next: StoredIdentity): void {
    this.stored = next;
    this.save();
  }
}
