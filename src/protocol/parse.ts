/**
 * Turns untrusted wire data into typed values: WebSocket frames and REST bodies. Nothing here
 * throws: bad input comes back as null or a reason, so the caller can drop it and count it.
 * Every value is rebuilt field by field, so nothing unchecked rides along.
 */
import { isIndex, isObject, isString, type Json } from './guards.js';
import type { Chat, Health, Message, ServerFrame, Source } from './types.js';

/** Frames larger than this are dropped unparsed (a chat frame is a few KB at most). */
export const MAX_FRAME_CHARS = 1_000_000;

const ROLES = new Set(['user', 'assistant', 'system']);

function parseSource(raw: unknown): Source | null {
  if (!isObject(raw) || !isString(raw.title) || !isString(raw.url)) return null;
  return { title: raw.title, url: raw.url, ...(isString(raw.snippet) ? { snippet: raw.snippet } : {}) };
}

export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw)) return null;
  const { id, chat_id, seq, role, content, created_at } = raw;
  if (!isString(id) || !isString(chat_id) || !isIndex(seq) || !isString(role) || !ROLES.has(role)) return null;
  if (!isString(content) || !isString(created_at)) return null;
  const message: Message = { id, chat_id, seq, role: role as Message['role'], content, created_at };
  if (isString(raw.client_message_id)) message.client_message_id = raw.client_message_id;
  if (Array.isArray(raw.sources)) {
    message.sources = raw.sources.map(parseSource).filter((s): s is Source => s !== null);
  }
  if (raw.status === 'complete' || raw.status === 'interrupted') message.status = raw.status;
  if (isString(raw.reply_to)) message.reply_to = raw.reply_to;
  if (Array.isArray(raw.suggestions)) {
    message.suggestions = raw.suggestions.filter((s): s is string => isString(s) && s.trim() !== '' && s.length <= 200).slice(0, 5);
  }
  return message;
}

export function parseChat(raw: unknown): Chat | null {
  if (!isObject(raw) || !isString(raw.id)) return null;
  const text = (v: unknown) => (isString(v) ? v : '');
  return { id: raw.id, session_id: text(raw.session_id), visitor_id: text(raw.visitor_id), title: text(raw.title), created_at: text(raw.created_at) };
}

export function parseHealth(raw: unknown): Health | null {
  if (!isObject(raw) || !isString(raw.status)) return null;
  return { status: raw.status, ...(isString(raw.version) ? { version: raw.version } : {}) };
}

/** `{messages: Message[]}`; null if any message is malformed (history must not have gaps). */
export function parseHistory(raw: unknown): Message[] | null {
  if (!isObject(raw) || !Array.isArray(raw.messages)) return null;
  const messages = raw.messages.map(parseMessage);
  return messages.every((m): m is Message => m !== null) ? messages : null;
}

/** Checks the `data` of each known frame type; null when it does not fit, 'unknown' for a new type. */
function checkKnownFrame(type: string, frame: Json): ServerFrame | null | 'unknown' {
  const data = isObject(frame.data) ? frame.data : null;
  switch (type) {
    case 'auth_success':
      return data && isString(data.session_id)
        ? {
            type,
            data: {
              session_id: data.session_id,
              ...(isString(data.chat_id) ? { chat_id: data.chat_id } : {}),
              ...(typeof data.protocol === 'number' ? { protocol: data.protocol } : {}),
            },
          }
        : null;
    case 'pong':
      return typeof frame.timestamp === 'number' ? { type, timestamp: frame.timestamp } : null;
    case 'response_start':
      return data && isString(data.message_id) && isString(data.chat_id)
        ? { type, data: { chat_id: data.chat_id, message_id: data.message_id, ...(isString(data.reply_to) ? { reply_to: data.reply_to } : {}) } }
        : null;
    case 'response_chunk':
      return data && isString(data.message_id) && isIndex(data.index) && isString(data.delta)
        ? { type, data: { message_id: data.message_id, index: data.index, delta: data.delta } }
        : null;
    case 'response_complete':
    case 'message': {
      const message = data ? parseMessage(data.message) : null;
      return message ? { type, data: { message } } : null;
    }
    case 'typing':
      return data && typeof data.is_typing === 'boolean' ? { type, data: { is_typing: data.is_typing } } : null;
    case 'error':
      return data && isString(data.message)
        ? {
            type,
            data: {
              code: isString(data.code) ? data.code : 'unknown',
              message: data.message,
              ...(typeof data.retry_after_ms === 'number' ? { retry_after_ms: data.retry_after_ms } : {}),
            },
          }
        : null;
    default:
      return 'unknown';
  }
}

export type FrameParse =
  | { ok: true; frame: ServerFrame }
  | { ok: true; frame: null; ignoredType: string }
  | { ok: false; reason: string };

/**
 * One inbound WebSocket payload. Unknown frame types are ignored, not errors, so a newer
 * platform can add frames without breaking older widgets. (`reason` is for the debug log.)
 */
export function parseServerFrame(payload: unknown): FrameParse {
  if (typeof payload !== 'string') return { ok: false, reason: 'not a text frame' };
  if (payload.length > MAX_FRAME_CHARS) return { ok: false, reason: `frame over ${MAX_FRAME_CHARS} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (!isObject(raw) || !isString(raw.type)) return { ok: false, reason: 'no string "type"' };
  const checked = checkKnownFrame(raw.type, raw);
  if (checked === 'unknown') return { ok: true, frame: null, ignoredType: raw.type };
  if (checked === null) return { ok: false, reason: `malformed "${raw.type}" frame` };
  return { ok: true, frame: checked };
}
