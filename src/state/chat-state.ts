/** The widget's whole state: one immutable snapshot, changed only by the reducer. */
import type { ApiFailure } from '../api/api-error.js';
import type { ConnectionProblem } from '../protocol/connection.js';
import type { Rating, Role, Source } from '../protocol/types.js';
import { INITIAL_SOCKET_STATUS, type SocketStatus } from '../socket/socket-status.js';

/** A user message's way to the platform. */
export const Delivery = {
  Sending: 'sending',
  Sent: 'sent',
  Failed: 'failed',
} as const;
export type Delivery = (typeof Delivery)[keyof typeof Delivery];

export interface ChatMessage {
  /** Stable local key: `client_message_id` for the user's messages, the platform id otherwise. */
  readonly key: string;
  /** The platform's id, once known. */
  readonly id: string | null;
  readonly clientMessageId: string | null;
  /** The platform's order within the chat, once known. */
  readonly seq: number | null;
  readonly role: Role;
  readonly content: string;
  readonly createdAt: string;
  readonly sources: readonly Source[];
  /** User messages only. */
  readonly delivery: Delivery | null;
  /** Why the last delivery attempt failed (a code; the view words it). */
  readonly deliveryFailure: ApiFailure | null;
  /** Assistant answers still streaming in. */
  readonly streaming: boolean;
  /** The next `response_chunk` index this answer expects. */
  readonly nextChunk: number;
  /** An answer that stopped before it was complete. */
  readonly interrupted: boolean;
  /** A question the platform accepted whose answer never came (the watch gave up: session/answer-watch.ts). */
  readonly unanswered: boolean;
  /** For answers: the `client_message_id` of the question. */
  readonly replyTo: string | null;
  /** For answers: follow-up questions the platform suggests. */
  readonly suggestions: readonly string[];
  /** For answers: the visitor's rating, once given. */
  readonly feedback: Rating | null;
}

/** A connection problem the panel's banner shows above the conversation (docs/protocol.md), as a code. */
export interface PanelError {
  readonly problem: ConnectionProblem;
  /** The platform's close code behind it, if any. */
  readonly closeCode: number | null;
}

export interface ChatState {
  readonly connection: SocketStatus;
  readonly messages: readonly ChatMessage[];
  /** The platform's own `typing` indicator. */
  readonly platformTyping: boolean;
  /** Highest `seq` the widget has, for `after_seq` / `last_seq` on resume. */
  readonly lastSeq: number;
  readonly error: PanelError | null;
  /** Frames or answers the widget had to drop as malformed or out of place. */
  readonly droppedFrames: number;
  /** The answer whose "what went wrong?" feedback form is open. */
  readonly commentingOn: string | null;
  /**
   * Questions the visitor discarded after no answer came (their client ids): a history fetch does not
   * bring them back.
   */
  readonly discarded: readonly string[];
}

export const INITIAL_CHAT_STATE: ChatState = Object.freeze({
  connection: INITIAL_SOCKET_STATUS,
  messages: Object.freeze([]) as readonly ChatMessage[],
  platformTyping: false,
  lastSeq: 0,
  error: null,
  droppedFrames: 0,
  commentingOn: null,
  discarded: Object.freeze([]) as readonly string[],
});

/** One shared empty list, so unchanged messages compare equal. */
export const NONE: readonly never[] = Object.freeze([]);

/** A message with every field at its resting value, then `fields`: the one place all fields are listed. */
export function newMessage(
  fields: Pick<ChatMessage, 'key' | 'role' | 'content' | 'createdAt'> & Partial<ChatMessage>,
): ChatMessage {
  return Object.freeze({
    id: null,
    clientMessageId: null,
    seq: null,
    sources: NONE,
    delivery: null,
    deliveryFailure: null,
    streaming: false,
    nextChunk: 0,
    interrupted: false,
    unanswered: false,
    replyTo: null,
    suggestions: NONE,
    feedback: null,
    ...fields,
  });
}
