/**
 * What the widget keeps across reloads, per tenant, and the readers that keep garbage out. A
 * reader builds a fresh value from own properties only: a polluted `Object.prototype` (say a
 * `chat_id` set by a script on the page) never becomes the visitor's data.
 */
import { isNonEmptyString, isObject, isString, own } from '../protocol/guards.js';

/** As stored (the platform's field names). */
export interface StoredIdentity {
  session_id: string;
  visitor_id: string;
  chat_id?: string;
  /** The `client_chat_id` of a chat being created: a retry after a reload asks for the same chat. */
  chat_key?: string;
}

/** A user message the platform has not acknowledged yet. */
export interface OutboxEntry {
  client_message_id: string;
  content: string;
  created_at: string;
}

export const STORAGE_KEYS = { identity: 'identity', outbox: 'outbox' } as const;

/** A stored identity as the widget holds it: every field present (null when absent). */
export interface IdentityRecord {
  sessionId: string;
  visitorId: string;
  chatId: string | null;
  chatKey: string | null;
}

/** A stored identity, every field read as an own property; null for anything else. */
export function readIdentity(value: unknown): IdentityRecord | null {
  if (!isObject(value)) return null;
  const [sessionId, visitorId, chatId, chatKey] = ['session_id', 'visitor_id', 'chat_id', 'chat_key'].map((key) => own(value, key));
  if (!isNonEmptyString(sessionId) || !isNonEmptyString(visitorId)) return null;
  if ((chatId !== undefined && !isNonEmptyString(chatId)) || (chatKey !== undefined && !isNonEmptyString(chatKey))) return null;
  return { sessionId, visitorId, chatId: chatId ?? null, chatKey: chatKey ?? null };
}

/** A stored outbox, rebuilt entry by entry; null if any entry is not one. */
export function readOutbox(value: unknown): OutboxEntry[] | null {
  if (!Array.isArray(value)) return null;
  const entries: OutboxEntry[] = [];
  for (const entry of value) {
    if (!isObject(entry)) return null;
    const [id, content, createdAt] = ['client_message_id', 'content', 'created_at'].map((key) => own(entry, key));
    if (!isNonEmptyString(id) || !isString(content) || !isNonEmptyString(createdAt)) return null;
    entries.push({ client_message_id: id, content, created_at: createdAt });
  }
  return entries;
}
