// Chats and messages, in memory, optionally journalled to a file (one JSON line per change,
// written synchronously) so a platform killed with SIGKILL comes back with every chat.
// Sends are idempotent on client_message_id.
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/** A key within one tenant: its owners, its client_chat_ids. */
const perTenant = (tenantId, key) => `${tenantId}\u0000${key}`;

/**
 * Whose a chat is: `v:<id>` for a visitor the tenant verified (their chats follow them to any
 * device), else `s:<session_id>` (one browser). Secrets are issued per owner.
 */
export const chatOwner = (chat) => chat.owner ?? `s:${chat.session_id}`;

export class ChatStore {
  chats = new Map();
  /** tenant + owner (chatOwner) → the visitor secret issued with the owner's first chat. */
  secrets = new Map();
  /** tenant + client_chat_id → chat, and tenant + owner → that owner's latest chat: no look-up scans every chat. */
  byClientChatId = new Map();
  latestByOwner = new Map();

  constructor(journalFile = null) {
    this.journalFile = journalFile;
    if (journalFile && existsSync(journalFile)) this.replay(readFileSync(journalFile, 'utf8'));
  }

  replay(text) {
    const journal = this.journalFile;
    this.journalFile = null; // replaying must not write the journal again
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // a line cut short by a kill: everything before it is intact
      }
      if (entry.kind === 'secret') this.secrets.set(perTenant(entry.tenant_id, entry.owner ?? `s:${entry.session_id}`), entry.secret);
      if (entry.kind === 'context') {
        const chat = this.chats.get(entry.chat_id);
        if (chat) chat.context = { ...chat.context, ...entry.context };
      }
      if (entry.kind === 'chat') this.remember({ ...entry.chat, messages: [], byClientId: new Map() });
      if (entry.kind === 'feedback') {
        const chat = this.chats.get(entry.chat_id);
        if (chat) (chat.feedback ??= new Map()).set(entry.feedback.message_id, entry.feedback);
      }
      if (entry.kind === 'message') {
        const chat = this.chats.get(entry.message.chat_id);
        if (chat) this.index(chat, entry.message);
      }
    }
    this.journalFile = journal;
  }

  write(entry) {
    if (this.journalFile) appendFileSync(this.journalFile, `${JSON.stringify(entry)}\n`);
  }

  index(chat, message) {
    chat.messages.push(message);
    if (message.client_message_id) chat.byClientId.set(message.client_message_id, message);
  }

  /**
   * A new chat, or, for a `client_chat_id` this tenant already used, the chat it made then
   * (`created: false`): a retried create never makes a second chat.
   */
  createChat(tenantId, { client_chat_id, session_id, visitor_id, title, context, owner = null, visitor = null }) {
    const known = this.chatByClientId(tenantId, client_chat_id);
    if (known) return { chat: known, created: false };
    const chat = {
      id: randomUUID(),
      tenant_id: tenantId,
      ...(client_chat_id ? { client_chat_id } : {}),
      session_id,
      visitor_id,
      title,
      context,
      ...(owner ? { owner } : {}),
      ...(visitor ? { visitor } : {}),
      created_at: new Date().toISOString(),
    };
    this.write({ kind: 'chat', chat });
    return { chat: this.remember({ ...chat, messages: [], byClientId: new Map() }), created: true };
  }

  /** Keeps `chat`, and its place in the indexes. */
  remember(chat) {
    this.chats.set(chat.id, chat);
    if (chat.client_chat_id) this.byClientChatId.set(perTenant(chat.tenant_id, chat.client_chat_id), chat);
    this.latestByOwner.set(perTenant(chat.tenant_id, chatOwner(chat)), chat);
    return chat;
  }

  /** The owner's visitor secret (`owner`: `s:<session_id>` or `v:<visitor id>`), if one was issued. */
  ownerSecret(tenantId, owner) {
    return this.secrets.get(perTenant(tenantId, owner)) ?? null;
  }

  /** The owner's visitor secret, issued now if it has none (32 random bytes, base64url). */
  issueSecret(tenantId, owner) {
    const known = this.ownerSecret(tenantId, owner);
    if (known) return known;
    const secret = randomBytes(32).toString('base64url');
    this.write({ kind: 'secret', tenant_id: tenantId, owner, secret });
    this.secrets.set(perTenant(tenantId, owner), secret);
    return secret;
  }

  /** Whether `given` is the owner's secret (an owner without one needs none). Constant time. */
  secretMatches(tenantId, owner, given) {
    const secret = this.ownerSecret(tenantId, owner);
    if (!secret) return true;
    const [a, b] = [Buffer.from(String(given ?? '')), Buffer.from(secret)];
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** The owner's most recent chat (a verified visitor on a new device gets it back), or null. */
  latestChatOf(tenantId, owner) {
    return this.latestByOwner.get(perTenant(tenantId, owner)) ?? null;
  }

  /** Facts the site gave about the visit, merged into the chat's `context` (newest wins). */
  mergeContext(chat, context) {
    if (!context || Object.keys(context).length === 0) return;
    this.write({ kind: 'context', chat_id: chat.id, context });
    chat.context = { ...chat.context, ...context };
  }

  /** The chat this tenant made for `client_chat_id`, if any. */
  chatByClientId(tenantId, clientChatId) {
    return clientChatId ? this.byClientChatId.get(perTenant(tenantId, clientChatId)) ?? null : null;
  }

  /** The chat, if it exists and belongs to the tenant (other tenants' chats do not exist). */
  getChat(tenantId, chatId) {
    const chat = this.chats.get(chatId);
    return chat && chat.tenant_id === tenantId ? chat : null;
  }

  /** Stores a message; with a known client_message_id, returns the stored one instead. */
  addMessage(chat, { role, content, client_message_id, sources, status, id, reply_to, suggestions }) {
    if (client_message_id && chat.byClientId.has(client_message_id)) {
      return { message: chat.byClientId.get(client_message_id), created: false };
    }
    const message = {
      id: id ?? randomUUID(),
      chat_id: chat.id,
      seq: chat.messages.length + 1,
      role,
      content,
      created_at: new Date().toISOString(),
      ...(client_message_id ? { client_message_id } : {}),
      ...(sources ? { sources } : {}),
      ...(status ? { status } : {}),
      ...(reply_to ? { reply_to } : {}),
      ...(suggestions?.length ? { suggestions } : {}),
    };
    this.write({ kind: 'message', message });
    this.index(chat, message);
    return { message, created: true };
  }

  /** The visitor's rating of an answer; a new rating replaces the old one. */
  setFeedback(chat, messageId, feedback) {
    const entry = { message_id: messageId, ...feedback, updated_at: new Date().toISOString() };
    this.write({ kind: 'feedback', chat_id: chat.id, feedback: entry });
    chat.feedback ??= new Map();
    chat.feedback.set(messageId, entry);
    return entry;
  }

  history(chat, afterSeq = 0) {
    return chat.messages.filter((m) => m.seq > afterSeq);
  }

  static publicChat(chat) {
    const { id, session_id, visitor_id, title, created_at } = chat;
    return { id, session_id, visitor_id, title, created_at };
  }
}
