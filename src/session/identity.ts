/**
 * Who the visitor is to the platform, kept per tenant across reloads: the session and visitor
 * ids, and the chat once one exists. One identity per tenant and browser: every tab and every
 * instance adopts the one in storage rather than writing its own over it, whichever came first.
 * Chat creation is idempotent: the `client_chat_id` is chosen and stored before the first
 * attempt, so a retry, a reload mid-request or a second tab creating at the same moment gets
 * the same chat back instead of a second one.
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import type { Chat, CreateChatBody } from '../protocol/types.js';
import { STORAGE_KEYS, readIdentity, type IdentityRecord, type StoredIdentity } from './stored.js';

export type CreateChat = (body: CreateChatBody) => Promise<Chat>;

export class Identity {
  // Plain fields, never an object's optional keys: nothing here is read through a prototype.
  private session: string;
  private visitor: string;
  private chat: string | null;
  private chatKey: string | null;
  private secret: string | null;
  private creating: Promise<string> | null = null;

  /** Connected with `session`: from here on, only a stored identity of the same session is adopted. */
  private committed = false;
  /** The visitor started over here (clear(), or a chat the platform forgot): kept in storage. */
  private noResume: boolean;

  constructor(
    private readonly storage: ChatStorage,
    private readonly newId: () => string,
    /**
     * The visitor secret became known (the first chat, or another tab's): the open socket proves it,
     * to receive its frames.
     */
    private readonly onSecret: () => void = () => undefined,
  ) {
    const stored = this.stored();
    this.noResume = stored?.noResume ?? false;
    this.session = stored?.sessionId ?? newId();
    this.visitor = stored?.visitorId ?? newId();
    this.chat = stored?.chatId ?? null;
    this.chatKey = stored?.chatKey ?? null;
    this.secret = stored?.secret ?? null;
  }

  /**
   * No chat here, and the visitor did not start over here: a verified visitor may get their
   * latest chat back from the platform (a new device, or one where they never wrote).
   */
  get fresh(): boolean {
    return this.chat === null && !this.noResume;
  }

  /** What the `auth` frame says of the visitor. */
  ids(): { sessionId: string; chatId: string | null; visitorSecret: string | null } {
    return { sessionId: this.session, chatId: this.chat, visitorSecret: this.secret };
  }

  /** The session's visitor secret, once the platform issued it (docs/protocol.md). */
  get visitorSecret(): string | null {
    return this.secret;
  }

  get sessionId(): string {
    return this.session;
  }

  get visitorId(): string {
    return this.visitor;
  }

  get chatId(): string | null {
    return this.chat;
  }

  /**
   * On the first connect (a widget never opened leaves nothing behind): adopts the identity
   * another tab stored meanwhile, or writes ours down. From then on the session is fixed.
   */
  save(): void {
    this.sync();
    this.committed = true;
  }

  /**
   * Reads storage again (another tab may have written): an identity of our session is adopted
   * as stored (a chat created or forgotten elsewhere); before the first connect, any stored
   * identity is, unless it would lose our chat. A stored identity that lost our chat to a fresh
   * one gets ours back. Nothing else is written: two tabs never answer each other's writes, and a
   * vanished identity is never rewritten. Returns whether the chat changed.
   */
  sync(): boolean {
    const before = this.chat;
    const stored = this.stored();
    // A connected identity that vanished was forgotten (forget() in another tab): never written back.
    if (!stored) {
      if (!this.committed) this.write();
    } else if (stored.sessionId === this.session || (!this.committed && (stored.chatId !== null || this.chat === null)))
      this.adopt(stored);
    else if (this.chat !== null && stored.chatId === null) this.write();
    return this.chat !== before;
  }

  /** This identity was in use, and storage no longer holds it: forget() ran in another tab. */
  get vanished(): boolean {
    return this.committed && this.stored() === null;
  }

  /** The chat id, creating the chat on the first call; concurrent callers share one creation. */
  ensureChat(
    create: CreateChat,
    body: Omit<CreateChatBody, 'client_chat_id' | 'session_id' | 'visitor_id'>,
  ): Promise<string> {
    this.sync();
    if (this.chat) return Promise.resolve(this.chat);
    this.creating ??= (async () => {
      this.chatKey ??= this.newId();
      this.write();
      try {
        const chat = await create({
          client_chat_id: this.chatKey,
          session_id: this.session,
          visitor_id: this.visitor,
          ...body,
        });
        this.chat = chat.id;
        this.chatKey = null;
        const learned = chat.visitor_secret !== undefined && chat.visitor_secret !== this.secret;
        this.secret = chat.visitor_secret ?? this.secret;
        this.write();
        if (learned) this.onSecret();
        return chat.id;
      } finally {
        this.creating = null;
      }
    })();
    return this.creating;
  }

  /**
   * The platform acknowledged a verified visitor (auth_success): their secret, and, on a device
   * that has no chat for them yet, their latest chat. Returns whether the chat changed.
   */
  resume(chatId: string | null, secret: string | null): boolean {
    const adopt = chatId !== null && this.chat === null && this.creating === null && this.fresh;
    if (!adopt && (secret === null || secret === this.secret)) return false;
    if (secret !== null) this.secret = secret;
    if (adopt) [this.chat, this.chatKey] = [chatId, null];
    this.write();
    return adopt;
  }

  /**
   * A realtime platform named the chat its socket joined: the one to rejoin from now on. It may be
   * a new one (the platform started over): the conversation on screen goes on.
   */
  joined(chatId: string): void {
    if (chatId === this.chat) return;
    [this.chat, this.chatKey] = [chatId, null];
    this.write();
  }

  /** The platform no longer knows the chat, or the visitor starts over: the next send makes a new one. */
  forgetChat(): void {
    this.noResume = true;
    this.chat = null;
    this.chatKey = null;
    this.write();
  }

  private stored(): IdentityRecord | null {
    return this.storage.read(STORAGE_KEYS.identity, readIdentity);
  }

  private adopt(stored: IdentityRecord): void {
    const learned = stored.secret !== null && stored.secret !== this.secret;
    const sameSession = stored.sessionId === this.session;
    [this.session, this.visitor, this.chat] = [stored.sessionId, stored.visitorId, stored.chatId];
    this.chatKey = stored.chatKey ?? this.chatKey;
    this.secret = stored.secret ?? (sameSession ? this.secret : null);
    this.noResume = stored.noResume;
    if (learned && this.committed) this.onSecret();
  }

  private write(): void {
    const stored: StoredIdentity = { session_id: this.session, visitor_id: this.visitor };
    if (this.chat) stored.chat_id = this.chat;
    if (this.chatKey) stored.chat_key = this.chatKey;
    if (this.secret) stored.visitor_secret = this.secret;
    if (this.noResume) stored.no_resume = true;
    this.storage.write(STORAGE_KEYS.identity, stored);
  }
}
