/** The one set of type guards for untrusted data (wire frames, REST bodies, storage). */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
/** A non-negative integer: a `seq`, a chunk index. */
export const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * What a session, visitor or chat id may be, wherever it comes from (storage, a frame, another
 * tab): the platform's limit (128 characters, docs/protocol.md) in a URL-safe alphabet. Anything
 * else (planted, or corrupt: `../../health?x=` would be a path in a REST URL) is dropped.
 */
export const isId = (v: unknown): v is string => typeof v === 'string' && /^[\w.:-]{1,128}$/.test(v);

/**
 * What an HTTP header (or a frame field standing for one) may carry as a visitor secret: URL-safe, at
 * most 128 characters.
 */
export const isHeaderToken = (v: unknown): v is string => typeof v === 'string' && /^[\w.~+/=-]{1,128}$/.test(v);

/**
 * `obj[key]` when `obj` has it as its own property. An inherited value is not data: a page (or a
 * library on it) that sets `Object.prototype.chat_id` must not steer the widget.
 */
export const own = (obj: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
