/** The widget's whole state: one immutable snapshot, changed only by the reducer. */
import type { Rating, Role, Source } from '../protocol/types.js';
import { INITIAL_SOCKET_STATUS, type SocketStatus } from '../socket/socket-state.js';

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
  /** Why the last delivery attempt failed, in words for the visitor. */
  readonly deliveryError: string | null;
  /** Assistant answers still streaming in. */
  readonly streaming: boolean;
  /** The next `response_chunk` index this answer expects. */
  readonly nextChunk: number;
  /** An answer that stopped before it was complete. */
  readonly interrupted: boolean;
  /** For answers: the `client_message_id` of the question. */
  readonly replyTo: string | null;
  /** For answers: follow-up questions the platform suggests. */
  readonly suggestions: readonly string[];
  /** For answers: the visitor's rating, once given. */
  readonly feedback: Rating | null;
}

/** A problem the whole panel shows (the guide's "Chat connection error" fallback). */
export interface PanelError {
  readonly title: string;
  readonly message: string;
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
}

export const INITIAL_CHAT_STATE: ChatState = Object.freeze({
  connection: INITIAL_SOCKET_STATUS,
  messages: Object.freeze([]) as readonly ChatMessage[],
  platformTyping: false,
  lastSeq: 0,
  error: null,
  droppedFrames: 0,
});
