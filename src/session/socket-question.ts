/**
 * A question over the socket, where the platform takes questions there (the realtime dialect;
 * this module comes with its chunk, realtime-parts.ts).
 *
 * "Exactly once", over the socket: a realtime platform has no idempotent send, so a question is
 * written once, on an open link, and counts as sent when written. If the link dies before its
 * answer, the answer watch (answer-watch.ts) says "No answer arrived" and Retry asks again: at
 * most once per Retry, never silently twice (docs/protocol.md, "Dialects").
 */
import { ApiErrorKind, type ApiFailure } from '../api/api-error.js';
import type { ChatMessageFrame, Message } from '../protocol/types.js';
import type { SocketPort } from './session-options.js';
import type { OutboxEntry } from './stored.js';

/** G4's `chat_message`, carrying the widget's client message id. */
export function chatMessageFrame(text: string, chatId: string | null, clientMessageId: string): ChatMessageFrame {
  const data: ChatMessageFrame['data'] = { message: text, stream: true, message_id: clientMessageId };
  if (chatId) data.chat_id = chatId;
  return { type: 'chat_message', data, message_id: clientMessageId };
}

/** What a question that could not go out says: the link is not open (it waits for the next one). */
const NOT_SENT: ApiFailure = Object.freeze({ kind: ApiErrorKind.Network, status: null, detail: null });

/** Writes the question on the socket: the message as sent (for the store), or why it was not. */
export function ask(entry: OutboxEntry, socket: SocketPort | null, chatId: string | null): Message | ApiFailure {
  if (!socket?.send(chatMessageFrame(entry.content, chatId, entry.client_message_id))) return NOT_SENT;
  const id = entry.client_message_id;
  const { content, created_at } = entry;
  return { id, chat_id: chatId ?? '', seq: -1, role: 'user', content, created_at, client_message_id: id };
}
