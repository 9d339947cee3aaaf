/**
 * The `realtime` dialect (MIPTech Realtime, G1 to G4 in PLATFORM-GENERATIONS.md): its frames
 * read into the widget's own (types.ts), and the frames the widget sends it. Pure: a link's
 * reading state and one parsed frame in, the next state and what it means out; tested as a table
 * of frames (test/unit/realtime-dialect.test.ts).
 *
 * Where the evidence leaves a question open (§8), every answer it lists is accepted: the chat id
 * at the top level or in `data`, in either casing; chunk text in any field a version used; the end
 * as `response_complete` or `assistant_message`, flat or nested, with or without its text.
 */
import { GREETINGS } from '../dialect.js';
import { parseSource } from '../parse.js';
import { isId, isObject, isString, own, type Json } from '../guards.js';
import type { Message, ServerFrame, Source } from '../types.js';

/** What one realtime frame means for the link. */
export type RealtimeEvent =
  /** The platform greets or is getting ready (`connection_established`, `initialization_progress`). */
  | { readonly kind: 'greeting' }
  /** `connection_ready`: the widget may join. */
  | { readonly kind: 'ready' }
  /** The link's chat, from whichever frame brought it. */
  | { readonly kind: 'chat'; readonly chatId: string }
  /** The platform pings: answer `pong`. */
  | { readonly kind: 'ping' }
  | { readonly kind: 'pong' }
  /** A frame of the widget's own protocol, for the session. */
  | { readonly kind: 'frame'; readonly frame: ServerFrame };

/** What a link remembers between frames: its chat, the answer streaming, and the question it answers. */
export interface RealtimeReading {
  readonly chatId: string | null;
  /** The answer streaming now: its id, the next chunk's index and the text so far. */
  readonly answer: { readonly id: string; readonly next: number; readonly text: string } | null;
  /** The client message id of the last question sent: answers carry it as `reply_to`. */
  readonly question: string | null;
  /** Answers that came with no id of their own are numbered. */
  readonly unnamed: number;
}

export const NEW_READING: RealtimeReading = Object.freeze({ chatId: null, answer: null, question: null, unnamed: 0 });

const str = (obj: Json, key: string): string | undefined => {
  const value = own(obj, key);
  return isString(value) ? value : undefined;
};

/** An id in either casing, at the top level first, then in `data`. */
const idOf = (frame: Json, data: Json, snake: string, camel: string): string | undefined =>
  [own(frame, snake), own(frame, camel), own(data, snake), own(data, camel)].find(isId);

/**
 * Text in the first field that holds it: `chunk`, `content`, `text`, `delta` (or its
 * `content`/`text`), `choices[0].delta`, `message`.
 */
export function textOf(data: Json): string | undefined {
  const delta = own(data, 'delta');
  const choices = own(data, 'choices');
  const choice = Array.isArray(choices) && isObject(choices[0]) ? own(choices[0], 'delta') : undefined;
  const nested = [delta, choice].filter(isObject).flatMap((d) => [own(d, 'content'), own(d, 'text')]);
  const fields = [own(data, 'chunk'), own(data, 'content'), own(data, 'text'), delta, ...nested, own(data, 'message')];
  return fields.find(isString);
}

/** A time in ISO form: the platform's seconds (a float, as it sends them), milliseconds or ISO text; else `now`. */
function timeOf(value: unknown, now: string): string {
  // Seconds until the year 5138; milliseconds after (the platform's own are seconds, as floats).
  const ms = typeof value === 'number' && value < 1e11 ? value * 1000 : value;
  if (typeof ms === 'number' && Number.isFinite(ms)) return new Date(ms).toISOString();
  return isString(value) && !Number.isNaN(Date.parse(value)) ? value : now;
}

const sourcesOf = (value: unknown): Source[] | undefined =>
  Array.isArray(value) ? value.map(parseSource).filter((s): s is Source => s !== null) : undefined;

const ENDS = new Set(['response_complete', 'assistant_message', 'chat_response']);
const CHATS = new Set(['chat_created', 'chat_joined', 'message_received']);

/** Reads one realtime frame (already JSON, with a string `type`). `now`: the time an answer with none gets. */
export function readRealtime(
  reading: RealtimeReading,
  frame: Json,
  type: string,
  now: string,
): [RealtimeReading, RealtimeEvent[]] {
  const rawData = own(frame, 'data');
  const data: Json = isObject(rawData) ? rawData : {};
  const events: RealtimeEvent[] = [];
  const chatId = idOf(frame, data, 'chat_id', 'chatId');
  let next = reading;
  if (chatId !== undefined && (CHATS.has(type) || reading.chatId === null) && chatId !== reading.chatId) {
    next = { ...next, chatId };
    events.push({ kind: 'chat', chatId });
  }
  const chat = next.chatId ?? '';
  const messageId = idOf(frame, data, 'message_id', 'messageId');
  /** An id for an answer the platform named nowhere: numbered on this link. */
  const named = (id: string | undefined): string => {
    if (id !== undefined) return id;
    next = { ...next, unnamed: next.unnamed + 1 };
    return `answer-${next.unnamed}`;
  };
  /** The answer streaming, started (with its `response_start`) if none is. */
  const start = (): { id: string; next: number; text: string } => {
    if (next.answer) return next.answer;
    const id = named(messageId);
    const data = { chat_id: chat, message_id: id, reply_to: next.question ?? undefined };
    events.push({ kind: 'frame', frame: { type: 'response_start', data } });
    return { id, next: 0, text: '' };
  };
  const ready = type === 'connection_ready' || type === 'platform_ready';
  if (GREETINGS.has(type)) events.push({ kind: ready ? 'ready' : 'greeting' });
  else if (type === 'ping' || type === 'pong') events.push({ kind: type });
  else if (type === 'processing' || type === 'typing_indicator') {
    events.push({ kind: 'frame', frame: { type: 'typing', data: { is_typing: true } } });
  } else if (type === 'response_start') next = { ...next, answer: start() };
  else if (type === 'response_chunk') {
    const delta = textOf(data);
    const answer = start();
    if (delta) {
      const data = { message_id: answer.id, index: answer.next, delta };
      events.push({ kind: 'frame', frame: { type: 'response_chunk', data } });
      next = { ...next, answer: { id: answer.id, next: answer.next + 1, text: answer.text + delta } };
    } else next = { ...next, answer };
  } else if (ENDS.has(type)) {
    const nested = own(data, 'message');
    const body: Json = isObject(nested) ? nested : data;
    const answer = next.answer;
    const content = textOf(body) ?? answer?.text ?? '';
    const id = (isObject(nested) ? str(nested, 'id') : undefined) ?? messageId ?? answer?.id;
    const answerId = named(id);
    if (content !== '') {
      const message: Message = {
        id: answerId,
        chat_id: chat,
        seq: -1,
        role: 'assistant',
        content,
        created_at: timeOf(own(body, 'created_at'), now),
        sources: sourcesOf(own(body, 'sources') ?? own(data, 'sources')),
        reply_to: next.question ?? undefined,
      };
      events.push({ kind: 'frame', frame: { type: 'response_complete', data: { message } } });
    }
    next = { ...next, answer: null };
  } else if (type === 'error') {
    const code = [own(data, 'code'), own(data, 'type'), own(data, 'error_code')].find(isString) ?? 'unknown';
    events.push({ kind: 'frame', frame: { type: 'error', data: { code, message: str(data, 'message') ?? code } } });
  }
  return [next, events];
}

/** The client message ids a question went out with: the answer's `reply_to`. */
export const asked = (reading: RealtimeReading, clientMessageId: string): RealtimeReading => ({
  ...reading,
  question: clientMessageId,
});

/**
 * `join_chat`: the link's chat to rejoin (G2, G3), or a new one for the website (G4); the site's
 * token (G3). Both casings, as G3 asked.
 */
export function joinChatFrame(tenantId: string, chatId: string | null, token: string | null): Json {
  const data: Json = { channel: 'website', create: true, tenant_id: tenantId, tenantId };
  if (chatId) Object.assign(data, { chat_id: chatId, chatId });
  if (token) data.token = token;
  return { type: 'join_chat', data };
}

/** The answer to a platform's `ping`, in every shape a version read. */
export const pongFrame = (at: number): Json => ({ type: 'pong', data: { timestamp: at, ts: at }, timestamp: at });
