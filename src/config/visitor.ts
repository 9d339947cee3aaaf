/**
 * The integrator's facts about the visitor: who they are (`visitor`) and what the visit is about
 * (`context`). Checked here before anything is sent: the platform gets a bounded, flat object,
 * never a page's object graph.
 */

/**
 * The visitor as the site knows them; `hash` is HMAC-SHA256(id) under the tenant's identity secret,
 * hex (README: Visitor identity).
 */
export interface Visitor {
  id: string;
  name?: string;
  email?: string;
  hash?: string;
}

/** Facts about the visit: a flat object of strings, numbers, booleans and nulls. */
export type ChatContext = Record<string, string | number | boolean | null>;

/** What the wire carries for a visitor: its fields, trimmed, bounded, and only those. */
export type VisitorPayload = { id: string; name?: string; email?: string; hash?: string };

const MAX_FIELD = 256;
/** The context's limits: keys, and characters per string value. */
export const CONTEXT_LIMITS = { keys: 30, keyChars: 64, valueChars: 500 } as const;

const field = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() && value.length <= MAX_FIELD ? value.trim() : undefined;

/** A usable visitor, or null (anonymous) when there is none or it has no usable `id`. */
export function visitorPayload(visitor: unknown): VisitorPayload | null {
  if (typeof visitor !== 'object' || visitor === null) return null;
  const v = visitor as Record<string, unknown>;
  const id = field(v.id) ?? (Number.isFinite(v.id) ? String(v.id) : undefined);
  if (!id) return null;
  const payload: VisitorPayload = { id };
  for (const key of ['name', 'email', 'hash'] as const) {
    const value = field(v[key]);
    if (value) payload[key] = value;
  }
  return payload;
}

/**
 * The context as sent: own enumerable keys of a plain object, primitive values, bounded. What
 * does not fit is left out and named, so the owner's console can say so.
 */
export function contextPayload(context: unknown): { context: ChatContext; dropped: string[] } {
  const result: ChatContext = {};
  const dropped: string[] = [];
  if (typeof context !== 'object' || context === null || Array.isArray(context))
    return { context: result, dropped: context == null ? [] : ['(not an object)'] };
  for (const [key, value] of Object.entries(context)) {
    const fits = key.length <= CONTEXT_LIMITS.keyChars && Object.keys(result).length < CONTEXT_LIMITS.keys;
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      Number.isFinite(value) ||
      (typeof value === 'string' && value.length <= CONTEXT_LIMITS.valueChars);
    if (fits && ok) result[key] = value as ChatContext[string];
    else dropped.push(key);
  }
  return { context: result, dropped };
}

/**
 * What a visitor's stored data is filed under, after the tenant and platform: nothing for an
 * anonymous visitor, else a short digest of the id (the id itself may be an email: it does not
 * belong in a storage key). Not a secret, only a name: FNV-1a, 2 × 32 bits.
 */
export function visitorKey(visitor: VisitorPayload | null): string {
  if (!visitor) return '';
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < visitor.id.length; i++) {
    const c = visitor.id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `#${a.toString(36)}${b.toString(36)}`;
}
