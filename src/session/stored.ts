/** What the widget keeps across reloads, per tenant, and the checks that keep garbage out. */
import { isNonEmptyString, isObject, isString } from '../protocol/guards.js';

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

const optional = (v: unknown) => v === undefined || isNonEmptyString(v);

export function isStoredIdentity(value: unknown): value is StoredIdentity {
  return isObject(value) && isNonEmptyString(value.session_id) && isNonEmptyString(value.visitor_id) && optional(value.chat_id) && optional(value.chat_key);
}

export function isOutbox(value: unknown): value is OutboxEntry[] {
  return Array.isArray(value) && value.every((e) =>
    isObject(e) && isNonEmptyString(e.client_message_id) && isString(e.content) && isNonEmptyString(e.created_at));
}
