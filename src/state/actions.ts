import type { ApiFailure } from '../api/api-error.js';
import type { Message, Rating } from '../protocol/types.js';
import type { SocketStatus } from '../socket/socket-status.js';
import type { PanelError } from './chat-state.js';

/** Everything that can change the state. Only the session dispatches these. */
export type ChatAction =
  | { type: 'connection-changed'; status: SocketStatus }
  /** The visitor wrote a message; it is on its way. */
  | { type: 'message-queued'; clientMessageId: string; content: string; createdAt: string }
  | { type: 'message-sending'; clientMessageId: string }
  | { type: 'message-failed'; clientMessageId: string; failure: ApiFailure }
  /** The visitor gave up on a message that could not be sent. */
  | { type: 'message-discarded'; clientMessageId: string }
  /** The platform stored a message (the reply to our POST, a pushed frame, or history). */
  | { type: 'messages-received'; messages: readonly Message[] }
  | { type: 'answer-started'; messageId: string; replyTo: string | null; createdAt: string }
  | { type: 'answer-chunk'; messageId: string; index: number; delta: string }
  /** Streams that will not be finished (connection lost and the platform has no final answer). */
  | { type: 'answers-interrupted' }
  | { type: 'typing'; isTyping: boolean }
  /** No answer came for question `key` in time (`missing`), or it was asked for again (not `missing`). */
  | { type: 'answer-missing'; key: string; missing: boolean }
  | { type: 'error'; error: PanelError | null }
  | { type: 'frame-dropped' }
  | { type: 'feedback-given'; key: string; rating: Rating | null }
  /** The "what went wrong?" form opens under answer `key` (null: closes). */
  | { type: 'feedback-form'; key: string | null }
  | { type: 'conversation-cleared' };
