/**
 * Turns untrusted wire data into typed values. Nothing here throws: bad input comes back as
 * a reason, so the caller can drop it and count it.
 */
import type { Message, ServerFrame, Source } from './types.js';

/** Frames larger than this are dropped unparsed (a chat frame is a few KB at most). */
export const MAX_FRAME_CHARS = 1_000_000;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
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

/** Checks the `data` of each known frame type; returns null when it does not fit. */
function checkKnownFrame(type: string, frame: Json): ServerFrame | null | 'unknown' {
  const data = frame.data;
  switch (type) {
    case 'auth_success':
      return isObject(data) && isString(data.session_id) ? (frame as unknown as ServerFrame) : null;
    case 'pong':
      return typeof frame.timestamp === 'number' ? (frame as unknown as ServerFrame) : null;
    case 'response_start':
      return isObject(data) && isString(data.message_id) && isString(data.chat_id)
        ? (frame as unknown as ServerFrame)
        : null;
    case 'response_chunk':
      return isObject(data) && isString(data.message_id) && isIndex(data.index) && isString(data.delta)
        ? (frame as unknown as ServerFrame)
        : null;
    case 'response_complete':
    case 'message': {
      const message = isObject(data) ? parseMessage(data.message) : null;
      return message ? ({ type, data: { ...(data as Json), message } } as ServerFrame) : null;
    }
    case 'typing':
      return isObject(data) && typeof data.is_typing === 'boolean' ? (frame as unknown as ServerFrame) : null;
    case 'error':
      return isObject(data) && isString(data.message) ? (frame as unknown as ServerFrame) : null;
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
 * platform can add frames without breaking older widgets.
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
