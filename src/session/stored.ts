/**
 * What the widget keeps across reloads, per tenant, and the readers that keep garbage out. A
 * reader builds a fresh value from own properties only: a polluted `Object.prototype` (say a
 * `chat_id` set by a script on the page) never becomes the visitor's data.
 */
import { isHeaderToken, isId, isNonEmptyString, isObject, isString, own } from '../protocol/guards.js';
import { checkMessage } from '../state/message-limit.js';

/** As stored (the platform's field names). */
export interface StoredIdentity {
  session_id: string;
  visitor_id: string;
  chat_id?: string;
  /** The `client_chat_id` of a chat being created: a retry after a reload asks for the same chat. */
  chat_key?: string;
  /** The session's visitor secret, issued by the platform with its first chat. */
  visitor_secret?: string;
  /** The visitor started over here (a new conversation): a verified visitor's latest chat is not fetched back. */
  no_resume?: true;
}

/** A user message the platform has not acknowledged yet. */
export interface OutboxEntry {
  client_message_id: string;
  content: string;
  created_at: string;
  /** Order among messages written in the same millisecond (a stored entry always has one). */
  seq?: number;
}

/**
 * One key for the identity; one key per waiting message (`outbox:<client_message_id>`), so two
 * instances or tabs of one tenant never overwrite each other's messages.
 */
// A stored id that is not one (guards.ts `isId`: planted, or corrupt: a 4 MB session id froze a
// page for 90 s) is dropped, and the widget starts again from fresh ids.

/** More waiting messages than a visitor can write (sends are rate-limited): planted, so all are dropped. */
export const MAX_OUTBOX = 50;

export const STORAGE_KEYS = { identity: 'identity', outboxPrefix: 'outbox:', transcript: 'transcript' } as const;
export const outboxKey = (clientMessageId: string): string => `${STORAGE_KEYS.outboxPrefix}${clientMessageId}`;

/** A stored identity as the widget holds it: every field present (null when absent). */
export interface IdentityRecord {
  sessionId: string;
  visitorId: string;
  chatId: string | null;
  chatKey: string | null;
  secret: string | null;
  noResume: boolean;
}

/** A stored identity, every field read as an own property; null for anything else. */
export function readIdentity(value: unknown): IdentityRecord | null {
  if (!isObject(value)) return null;
  const [sessionId, visitorId, chatId, chatKey, secret] = [
    'session_id',
    'visitor_id',
    'chat_id',
    'chat_key',
    'visitor_secret',
  ].map((key) => own(value, key));
  if (!isId(sessionId) || !isId(visitorId)) return null;
  if ((chatId !== undefined && !isId(chatId)) || (chatKey !== undefined && !isId(chatKey))) return null;
  if (secret !== undefined && !isHeaderToken(secret)) return null;
  return {
    sessionId,
    visitorId,
    chatId: chatId ?? null,
    chatKey: chatKey ?? null,
    secret: secret ?? null,
    noResume: own(value, 'no_resume') === true,
  };
}

/** A stored outbox entry, rebuilt from own properties; null for anything else. */
export function readOutboxEntry(entry: unknown): OutboxEntry | null {
  if (!isObject(entry)) return null;
  const [id, content, createdAt, seq] = ['client_message_id', 'content', 'created_at', 'seq'].map((key) =>
    own(entry, key),
  );
  if (
    !isId(id) ||
    !isString(content) ||
    !checkMessage(content).ok ||
    !isNonEmptyString(createdAt) ||
    createdAt.length > 40
  )
    return null;
  return { client_message_id: id, content, created_at: createdAt, seq: Number.isFinite(seq) ? (seq as number) : 0 };
}

/** A new waiting message for `text`, or null when it cannot be sent (empty, or over the limit). */
export function newOutboxEntry(text: string, id: string, at: Date): OutboxEntry | null {
  const checked = checkMessage(text);
  return checked.ok ? { client_message_id: id, content: checked.content, created_at: at.toISOString() } : null;
}
