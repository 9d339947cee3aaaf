/**
 * Turns untrusted wire data into typed values: WebSocket frames and REST bodies. Nothing here
 * throws: bad input comes back as null or a reason, so the caller can drop it and count it.
 * Every value is rebuilt field by field, so nothing unchecked rides along.
 */
import { retryHint } from './close-codes.js';
import { isHeaderToken, isId, isIndex, isObject, isString, own, type Json } from './guards.js';
import type { AuthSuccess, Chat, Health, Message, ServerFrame, Source } from './types.js';

/**
 * Frames larger than this are dropped unparsed. A chat frame is a few KB, but a complete answer
 * carries the whole answer: one of a megabyte must still arrive (the renderer's limits keep it
 * from wedging the page, markdown/limits.ts), and anything past this is not an answer.
 */
export const MAX_FRAME_CHARS = 4_000_000;

const ROLES = new Set(['user', 'assistant', 'system']);

/** A string own property, or undefined. */
const text = (obj: Json, key: string): string | undefined => {
  const value = own(obj, key);
  return isString(value) ? value : undefined;
};

export function parseSource(raw: unknown): Source | null {
  if (!isObject(raw)) return null;
  const title = text(raw, 'title');
  const url = text(raw, 'url');
  return title === undefined || url === undefined
    ? null
    : {
        title,
        url,
        snippet: text(raw, 'snippet'),
        ...(text(raw, 'quote') === undefined ? {} : { quote: text(raw, 'quote') }),
      };
}

/** Every optional field is set (undefined when absent), so nothing is read through the prototype. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw)) return null;
  const [id, chatId, role, content, createdAt] = ['id', 'chat_id', 'role', 'content', 'created_at'].map((key) =>
    text(raw, key),
  );
  // A platform without `seq` (the guide's, strictly; a realtime one) leaves the order to the widget: -1.
  const seq = own(raw, 'seq') ?? -1;
  if (
    id === undefined ||
    chatId === undefined ||
    !(isIndex(seq) || seq === -1) ||
    role === undefined ||
    !ROLES.has(role)
  )
    return null;
  if (content === undefined || createdAt === undefined) return null;
  const status = own(raw, 'status');
  const sources = own(raw, 'sources');
  const suggestions = own(raw, 'suggestions');
  return {
    id,
    chat_id: chatId,
    seq,
    role: role as Message['role'],
    content,
    created_at: createdAt,
    client_message_id: text(raw, 'client_message_id'),
    sources: Array.isArray(sources) ? sources.map(parseSource).filter((s): s is Source => s !== null) : undefined,
    status: status === 'complete' || status === 'interrupted' ? status : undefined,
    reply_to: text(raw, 'reply_to'),
    suggestions: Array.isArray(suggestions)
      ? suggestions.filter((s): s is string => isString(s) && s.trim() !== '' && s.length <= 200).slice(0, 5)
      : undefined,
  };
}

export function parseChat(raw: unknown): Chat | null {
  if (!isObject(raw) || text(raw, 'id') === undefined) return null;
  const field = (key: string) => text(raw, key) ?? '';
  const secret = text(raw, 'visitor_secret');
  const chat: Chat = {
    id: field('id'),
    session_id: field('session_id'),
    visitor_id: field('visitor_id'),
    title: field('title'),
    created_at: field('created_at'),
  };
  if (isHeaderToken(secret)) chat.visitor_secret = secret;
  return chat;
}

export function parseHealth(raw: unknown): Health | null {
  if (!isObject(raw)) return null;
  const status = text(raw, 'status');
  return status === undefined ? null : { status, version: text(raw, 'version') };
}

/** `{messages: Message[]}`; null if any message is malformed (history must not have gaps). */
export function parseHistory(raw: unknown): Message[] | null {
  const list = isObject(raw) ? own(raw, 'messages') : undefined;
  if (!Array.isArray(list)) return null;
  const messages = list.map(parseMessage);
  return messages.every((m): m is Message => m !== null) ? messages : null;
}

/**
 * `auth_success`'s data, from the socket or relayed by another tab: ids and the secret pass the
 * checks stored ones do (guards.ts), since the widget stores them; a field that does not is left
 * out, and data without a session id is refused.
 */
export function readAuthSuccess(raw: unknown): AuthSuccess | null {
  if (!isObject(raw)) return null;
  const sessionId = text(raw, 'session_id');
  if (sessionId === undefined) return null;
  const [chatId, secret, protocol] = [own(raw, 'chat_id'), own(raw, 'visitor_secret'), own(raw, 'protocol')];
  return {
    session_id: sessionId,
    chat_id: isId(chatId) ? chatId : undefined,
    protocol: Number.isFinite(protocol) ? (protocol as number) : undefined,
    visitor_secret: isHeaderToken(secret) ? secret : undefined,
  };
}

/** Checks the `data` of each known frame type; null when it does not fit, 'unknown' for a new type. */
function checkKnownFrame(type: string, frame: Json): ServerFrame | null | 'unknown' {
  const rawData = own(frame, 'data');
  const data: Json = isObject(rawData) ? rawData : {};
  const str = (key: string) => text(data, key);
  const value = (key: string) => own(data, key);
  switch (type) {
    case 'auth_success': {
      const data = readAuthSuccess(rawData);
      return data ? { type, data } : null;
    }
    case 'pong': {
      const timestamp = own(frame, 'timestamp');
      return typeof timestamp === 'number' ? { type, timestamp } : null;
    }
    case 'response_start': {
      const [chatId, messageId] = [str('chat_id'), str('message_id')];
      return chatId === undefined || messageId === undefined
        ? null
        : { type, data: { chat_id: chatId, message_id: messageId, reply_to: str('reply_to') } };
    }
    case 'response_chunk': {
      // No `index` (the guide's platform, strictly): the chunk follows the last one (-1).
      const [messageId, index, delta] = [str('message_id'), value('index') ?? 'next', str('delta') ?? str('content')];
      if (messageId === undefined || !(isIndex(index) || index === 'next') || delta === undefined) return null;
      return { type, data: { message_id: messageId, index: index === 'next' ? -1 : index, delta } };
    }
    case 'response_complete':
    case 'message': {
      // Nested, as ours, or flat (`{ message_id, content, … }`, as MIPTech's platform sends it): one
      // of the current chat.
      const nested = value('message');
      const flat = {
        ...data,
        id: str('message_id'),
        chat_id: str('chat_id') ?? '',
        role: 'assistant',
        created_at: str('created_at') ?? '',
      };
      const message = parseMessage(isObject(nested) ? nested : flat);
      return message ? { type, data: { message } } : null;
    }
    case 'chat_joined': {
      const chatId = value('chat_id');
      return isId(chatId) ? { type, data: { chat_id: chatId } } : null;
    }
    case 'typing': {
      const typing = value('is_typing');
      return typeof typing === 'boolean' ? { type, data: { is_typing: typing } } : null;
    }
    case 'error': {
      const message = str('message');
      const retryAfter = value('retry_after_ms');
      return message === undefined
        ? null
        : {
            type,
            data: { code: str('code') ?? 'unknown', message, retry_after_ms: retryHint(retryAfter) ?? undefined },
          };
    }
    default:
      return 'unknown';
  }
}

/** One inbound payload as a JSON object with a string `type` (any dialect's), or why it is not one. */
export function readFrame(payload: unknown): { ok: true; type: string; raw: Json } | { ok: false; reason: string } {
  if (typeof payload !== 'string') return { ok: false, reason: 'not a text frame' };
  if (payload.length > MAX_FRAME_CHARS) return { ok: false, reason: `frame over ${MAX_FRAME_CHARS} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const type = isObject(raw) ? own(raw, 'type') : undefined;
  return isObject(raw) && isString(type) ? { ok: true, type, raw } : { ok: false, reason: 'no string "type"' };
}

export type FrameParse =
  { ok: true; frame: ServerFrame } | { ok: true; frame: null; ignoredType: string } | { ok: false; reason: string };

/**
 * One inbound WebSocket payload. Unknown frame types are ignored, not errors, so a newer
 * platform can add frames without breaking older widgets. (`reason` is for the debug log.)
 */
export function parseServerFrame(payload: unknown): FrameParse {
  const read = readFrame(payload);
  if (!read.ok) return read;
  const { type, raw } = read;
  const checked = checkKnownFrame(type, raw);
  if (checked === 'unknown') return { ok: true, frame: null, ignoredType: type };
  if (checked === null) return { ok: false, reason: `malformed "${type}" frame` };
  return { ok: true, frame: checked };
}
