/** What the widget keeps across reloads, per tenant, and the checks that keep garbage out. */
export interface StoredIdentity {
  session_id: string;
  visitor_id: string;
  chat_id?: string;
}

/** A user message the platform has not acknowledged yet. */
export interface OutboxEntry {
  client_message_id: string;
  content: string;
  created_at: string;
}

export const STORAGE_KEYS = { identity: 'identity', outbox: 'outbox' } as const;

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isStoredIdentity(value: unknown): value is StoredIdentity {
  return isRecord(value) && isString(value.session_id) && isString(value.visitor_id) &&
    (value.chat_id === undefined || isString(value.chat_id));
}

export function isOutbox(value: unknown): value is OutboxEntry[] {
  return Array.isArray(value) && value.every((e) =>
    isRecord(e) && isString(e.client_message_id) && typeof e.content === 'string' && isString(e.created_at));
}
