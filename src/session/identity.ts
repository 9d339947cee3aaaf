/**
 * Who the visitor is to the platform, kept per tenant across reloads: the session and visitor
 * ids, and the chat once one exists. Chat creation is idempotent: the `client_chat_id` is
 * chosen and stored before the first attempt, so a retry (or a reload mid-request) gets the
 * same chat back instead of a second one.
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import type { Chat, CreateChatBody } from '../protocol/types.js';
import { STORAGE_KEYS, readIdentity, type StoredIdentity } from './stored.js';

export type CreateChat = (body: CreateChatBody) => Promise<Chat>;

export class Identity {
  readonly sessionId: string;
  readonly visitorId: string;
  // Plain fields, never an object's optional keys: nothing here is read through a prototype.
  private chat: string | null;
  private chatKey: string | null;
  private creating: Promise<string> | null = null;

  constructor(
    private readonly storage: ChatStorage,
    private readonly newId: () => string,
  ) {
    const stored = storage.read(STORAGE_KEYS.identity, readIdentity);
    this.sessionId = stored?.sessionId ?? newId();
    this.visitorId = stored?.visitorId ?? newId();
    this.chat = stored?.chatId ?? null;
    this.chatKey = stored?.chatKey ?? null;
  }

  get chatId(): string | null {
    return this.chat;
  }

  /** Writes the ids down (on the first connect: a widget never opened leaves nothing behind). */
  save(): void {
    const stored: StoredIdentity = { session_id: this.sessionId, visitor_id: this.visitorId };
    if (this.chat) stored.chat_id = this.chat;
    if (this.chatKey) stored.chat_key = this.chatKey;
    this.storage.write(STORAGE_KEYS.identity, stored);
  }

  /** The chat id, creating the chat on the first call; concurrent callers share one creation. */
  ensureChat(create: CreateChat, body: Omit<CreateChatBody, 'client_chat_id' | 'session_id' | 'visitor_id'>): Promise<string> {
    if (this.chat) return Promise.resolve(this.chat);
    this.creating ??= (async () => {
      this.chatKey ??= this.newId();
      this.save();
      try {
        const chat = await create({ client_chat_id: this.chatKey, session_id: this.sessionId, visitor_id: this.visitorId, ...body });
        this.chat = chat.id;
        this.chatKey = null;
        this.save();
        return chat.id;
      } finally {
        this.creating = null;
      }
    })();
    return this.creating;
  }

  /** The platform no longer knows the chat, or the visitor starts over: the next send makes a new one. */
  forgetChat(): void {
    this.chat = null;
    this.chatKey = null;
    this.save();
  }
}
