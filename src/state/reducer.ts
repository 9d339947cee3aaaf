/**
 * The pure reducer. Messages are reconciled by platform id and `client_message_id`, so the
 * same message arriving from a POST reply, a pushed frame and a history fetch is shown once.
 */
import type { Message } from '../protocol/types.js';
import type { ChatAction } from './actions.js';
import { Delivery, INITIAL_CHAT_STATE, NONE, newMessage, type ChatMessage, type ChatState, type PanelError } from './chat-state.js';

function fromPlatform(message: Message, previous?: ChatMessage): ChatMessage {
  return newMessage({
    key: previous?.key ?? message.client_message_id ?? message.id,
    id: message.id,
    clientMessageId: message.client_message_id ?? previous?.clientMessageId ?? null,
    seq: message.seq,
    role: message.role,
    content: message.content,
    createdAt: message.created_at,
    sources: message.sources ? Object.freeze([...message.sources]) : NONE,
    delivery: message.role === 'user' ? Delivery.Sent : null,
    nextChunk: previous?.nextChunk ?? 0,
    interrupted: message.status === 'interrupted',
    replyTo: message.reply_to ?? previous?.replyTo ?? null,
    suggestions: message.suggestions ? Object.freeze([...message.suggestions]) : NONE,
    feedback: previous?.feedback ?? null,
  });
}

function matches(entry: ChatMessage, message: Message): boolean {
  if (entry.id === message.id || entry.key === message.id) return true;
  return message.client_message_id !== undefined && entry.clientMessageId === message.client_message_id;
}

/**
 * Platform order (seq). An answer the platform never stored (cut off) stays right after its
 * question; messages not stored yet follow, in the order they were written.
 */
function ordered(messages: ChatMessage[]): readonly ChatMessage[] {
  const seqOf = (m: ChatMessage): number => {
    if (m.seq !== null) return m.seq;
    const question = m.replyTo === null ? undefined : messages.find((q) => q.clientMessageId === m.replyTo);
    return question?.seq != null ? question.seq + 0.5 : Number.POSITIVE_INFINITY;
  };
  const keyed = messages.map((m, i) => ({ m, i, at: seqOf(m) }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return Object.freeze(keyed.map((k) => k.m));
}

function receive(state: ChatState, incoming: readonly Message[]): ChatState {
  const messages = [...state.messages];
  let lastSeq = state.lastSeq;
  for (const message of incoming) {
    const at = messages.findIndex((entry) => matches(entry, message));
    if (at === -1) messages.push(fromPlatform(message));
    else messages[at] = fromPlatform(message, messages[at]);
    lastSeq = Math.max(lastSeq, message.seq);
  }
  const answered = incoming.some((m) => m.role === 'assistant');
  return { ...state, messages: ordered(messages), lastSeq, platformTyping: answered ? false : state.platformTyping };
}

function updateMessage(state: ChatState, key: string, patch: Partial<ChatMessage>): ChatState {
  const at = state.messages.findIndex((m) => m.key === key);
  if (at === -1) return state;
  const messages = [...state.messages];
  messages[at] = Object.freeze({ ...messages[at], ...patch });
  return { ...state, messages: Object.freeze(messages) };
}

function chunk(state: ChatState, messageId: string, index: number, delta: string): ChatState {
  const entry = state.messages.find((m) => m.key === messageId || m.id === messageId);
  // An unknown answer, or a gap in the indexes: drop it rather than show text out of order.
  // The final message (response_complete or history) replaces the streamed text anyway.
  if (!entry || !entry.streaming || index > entry.nextChunk) {
    return { ...state, droppedFrames: state.droppedFrames + 1 };
  }
  if (index < entry.nextChunk) return state; // a duplicate: already shown
  return updateMessage(state, entry.key, { content: entry.content + delta, nextChunk: index + 1 });
}

const sameError = (a: PanelError | null, b: PanelError | null) =>
  a === b || (a !== null && b !== null && a.problem === b.problem && a.closeCode === b.closeCode);

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'connection-changed':
      return { ...state, connection: action.status };
    case 'message-queued': {
      if (state.messages.some((m) => m.clientMessageId === action.clientMessageId)) return state;
      const message = newMessage({
        key: action.clientMessageId,
        clientMessageId: action.clientMessageId,
        role: 'user',
        content: action.content,
        createdAt: action.createdAt,
        delivery: Delivery.Sending,
      });
      return { ...state, messages: Object.freeze([...state.messages, message]) };
    }
    case 'message-sending':
      return updateMessage(state, action.clientMessageId, { delivery: Delivery.Sending, deliveryFailure: null });
    case 'message-failed':
      return updateMessage(state, action.clientMessageId, { delivery: Delivery.Failed, deliveryFailure: action.failure });
    case 'messages-received':
      return receive(state, action.messages);
    case 'answer-started': {
      if (state.messages.some((m) => m.key === action.messageId || m.id === action.messageId)) return state;
      const answer = newMessage({
        key: action.messageId,
        id: action.messageId,
        role: 'assistant',
        content: '',
        createdAt: action.createdAt,
        streaming: true,
        replyTo: action.replyTo,
      });
      return { ...state, platformTyping: false, messages: Object.freeze([...state.messages, answer]) };
    }
    case 'answer-chunk':
      return chunk(state, action.messageId, action.index, action.delta);
    case 'answers-interrupted': {
      if (!state.messages.some((m) => m.streaming)) return state;
      const messages = state.messages.map((m) => (m.streaming ? Object.freeze({ ...m, streaming: false, interrupted: true }) : m));
      return { ...state, messages: Object.freeze(messages) };
    }
    case 'typing':
      return state.platformTyping === action.isTyping ? state : { ...state, platformTyping: action.isTyping };
    case 'error':
      return sameError(state.error, action.error) ? state : { ...state, error: action.error };
    case 'frame-dropped':
      return { ...state, droppedFrames: state.droppedFrames + 1 };
    case 'feedback-given':
      return updateMessage(state, action.key, { feedback: action.rating });
    case 'feedback-form':
      return state.commentingOn === action.key ? state : { ...state, commentingOn: action.key };
    case 'conversation-cleared':
      return { ...INITIAL_CHAT_STATE, connection: state.connection };
    default:
      return state;
  }
}

/** Show "the assistant is typing" while a question waits for its answer to begin. */
export function isAwaitingAnswer(state: ChatState): boolean {
  if (state.platformTyping) return true;
  const last = state.messages[state.messages.length - 1];
  return last !== undefined && last.role === 'user' && last.delivery !== Delivery.Failed;
}
