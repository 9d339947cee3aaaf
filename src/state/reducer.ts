/**
 * The pure reducer. Messages are reconciled by platform id and `client_message_id`, so the
 * same message arriving from a POST reply, a pushed frame and a history fetch is shown once.
 */
import type { Message } from '../protocol/types.js';
import type { ChatAction } from './actions.js';
import {
  Delivery,
  INITIAL_CHAT_STATE,
  NONE,
  newMessage,
  type ChatMessage,
  type ChatState,
  type PanelError,
} from './chat-state.js';

function fromPlatform(message: Message, previous?: ChatMessage): ChatMessage {
  return newMessage({
    key: previous?.key ?? message.client_message_id ?? message.id,
    id: message.id,
    clientMessageId: message.client_message_id ?? previous?.clientMessageId ?? null,
    seq: message.seq,
    role: message.role,
    content: message.content,
    // The platform's time; the one written down here if the platform's cannot be read.
    createdAt: Number.isNaN(Date.parse(message.created_at)) && previous ? previous.createdAt : message.created_at,
    sources: message.sources ? Object.freeze([...message.sources]) : NONE,
    delivery: message.role === 'user' ? Delivery.Sent : null,
    nextChunk: previous?.nextChunk ?? 0,
    interrupted: message.status === 'interrupted',
    unanswered: previous?.unanswered ?? false,
    replyTo: message.reply_to ?? previous?.replyTo ?? null,
    suggestions: message.suggestions ? Object.freeze([...message.suggestions]) : NONE,
    feedback: previous?.feedback ?? null,
  });
}

/**
 * Platform order (seq). An answer the platform never stored (cut off) stays right after its
 * question; messages not stored yet follow, in the order they were written.
 */
function ordered(messages: ChatMessage[]): readonly ChatMessage[] {
  const byClientId = new Map(messages.filter((m) => m.clientMessageId !== null).map((m) => [m.clientMessageId, m]));
  const seqOf = (m: ChatMessage): number => {
    if (m.seq !== null) return m.seq;
    const question = m.replyTo === null ? undefined : byClientId.get(m.replyTo);
    return question?.seq != null ? question.seq + 0.5 : Number.POSITIVE_INFINITY;
  };
  const keyed = messages.map((m, i) => ({ m, i, at: seqOf(m) }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return Object.freeze(keyed.map((k) => k.m));
}

/**
 * Merges messages in by platform id (or the key a streamed answer got from it) and by
 * `client_message_id`, through indexes, so a history of thousands restores in linear time.
 */
function receive(state: ChatState, incoming: readonly Message[]): ChatState {
  const messages = [...state.messages];
  const at = new Map<string, number>();
  const index = (m: ChatMessage, i: number) => {
    for (const name of [m.id, m.key, m.clientMessageId]) if (name !== null) at.set(name, i);
  };
  messages.forEach(index);
  let lastSeq = state.lastSeq;
  const discarded = new Set(state.discarded);
  for (const unnumbered of incoming) {
    if (unnumbered.client_message_id !== undefined && discarded.has(unnumbered.client_message_id)) {
      lastSeq = Math.max(lastSeq, unnumbered.seq);
      continue;
    }
    const found =
      at.get(unnumbered.id) ??
      (unnumbered.client_message_id !== undefined ? at.get(unnumbered.client_message_id) : undefined);
    const previous = found === undefined ? undefined : messages[found];
    // A platform that numbers nothing (seq -1): a message keeps its place, a new one comes last.
    const message = unnumbered.seq >= 0 ? unnumbered : { ...unnumbered, seq: previous?.seq ?? lastSeq + 1 };
    lastSeq = Math.max(lastSeq, message.seq);
    const position = found ?? messages.length;
    messages[position] = fromPlatform(message, previous);
    index(messages[position], position);
  }
  const answers = incoming.filter((m) => m.role === 'assistant');
  const platformTyping = answers.length ? false : state.platformTyping;
  return {
    ...state,
    messages: ordered(
      answered(
        messages,
        answers.map((m) => m.reply_to),
      ),
    ),
    lastSeq,
    platformTyping,
  };
}

/** Questions that `replyTo` answers are no longer unanswered: an answer that came late still counts. */
function answered(messages: ChatMessage[], replyTo: readonly (string | null | undefined)[]): ChatMessage[] {
  const late = new Set(replyTo);
  return messages.map((m) =>
    m.unanswered && late.has(m.clientMessageId) ? Object.freeze({ ...m, unanswered: false }) : m,
  );
}

/** The newest message matching: what changes is almost always at the end of a long conversation. */
function lastIndex(messages: readonly ChatMessage[], test: (m: ChatMessage) => boolean): number {
  for (let i = messages.length - 1; i >= 0; i -= 1) if (test(messages[i])) return i;
  return -1;
}

function updateMessage(state: ChatState, key: string, patch: Partial<ChatMessage>): ChatState {
  const at = lastIndex(state.messages, (m) => m.key === key);
  if (at === -1) return state;
  const messages = [...state.messages];
  messages[at] = Object.freeze({ ...messages[at], ...patch });
  return { ...state, messages: Object.freeze(messages) };
}

function chunk(state: ChatState, messageId: string, index: number, delta: string): ChatState {
  const entry = state.messages[lastIndex(state.messages, (m) => m.key === messageId || m.id === messageId)];
  // An unknown answer, or a gap in the indexes: drop it rather than show text out of order.
  // The final message (response_complete or history) replaces the streamed text anyway.
  // A chunk the platform did not number (-1) follows the ones before it.
  const at = index < 0 && entry ? entry.nextChunk : index;
  if (!entry || !entry.streaming || at > entry.nextChunk) {
    return { ...state, droppedFrames: state.droppedFrames + 1 };
  }
  if (at < entry.nextChunk) return state; // a duplicate: already shown
  return updateMessage(state, entry.key, { content: entry.content + delta, nextChunk: at + 1 });
}

/** Whether the platform has the message: it came back from it, numbered. */
const platformHas = (state: ChatState, key: string): boolean =>
  state.messages.some((m) => m.key === key && m.delivery === Delivery.Sent && m.seq !== null);

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
    // A question the platform has shown it has (a pushed frame or the history, which can beat the
    // POST's own reply) stays sent: a resend of it, or the loss of that reply, changes nothing.
    case 'message-sending':
      return platformHas(state, action.clientMessageId)
        ? state
        : updateMessage(state, action.clientMessageId, { delivery: Delivery.Sending, deliveryFailure: null });
    case 'message-failed':
      return platformHas(state, action.clientMessageId)
        ? state
        : updateMessage(state, action.clientMessageId, { delivery: Delivery.Failed, deliveryFailure: action.failure });
    case 'message-discarded': {
      // A message the platform has stays, unless no answer ever came for it: that one stays gone.
      const kept = (m: ChatMessage) =>
        m.key !== action.clientMessageId || (m.delivery === Delivery.Sent && !m.unanswered);
      const gone = state.messages.some((m) => !kept(m) && m.delivery === Delivery.Sent);
      const discarded = gone ? Object.freeze([...state.discarded, action.clientMessageId]) : state.discarded;
      return { ...state, messages: Object.freeze(state.messages.filter(kept)), discarded };
    }
    case 'messages-received':
      return receive(state, action.messages);
    case 'answer-started': {
      const known =
        state.messages[lastIndex(state.messages, (m) => m.key === action.messageId || m.id === action.messageId)];
      // Started again: the platform replays an answer still being written to a link that joined
      // mid-answer (a reconnect, another tab taking the connection over). One we cut short here
      // streams on from where it stopped; its repeated chunks are skipped by index.
      if (known)
        return known.interrupted && known.seq === null
          ? updateMessage(state, known.key, { streaming: true, interrupted: false })
          : state;
      const answer = newMessage({
        key: action.messageId,
        id: action.messageId,
        role: 'assistant',
        content: '',
        createdAt: action.createdAt,
        streaming: true,
        replyTo: action.replyTo,
      });
      return {
        ...state,
        platformTyping: false,
        messages: Object.freeze(answered([...state.messages, answer], [action.replyTo])),
      };
    }
    case 'answer-chunk':
      return chunk(state, action.messageId, action.index, action.delta);
    case 'answers-interrupted': {
      if (!state.messages.some((m) => m.streaming)) return state;
      const messages = state.messages.map((m) =>
        m.streaming ? Object.freeze({ ...m, streaming: false, interrupted: true }) : m,
      );
      return { ...state, messages: Object.freeze(messages) };
    }
    case 'typing':
      return state.platformTyping === action.isTyping ? state : { ...state, platformTyping: action.isTyping };
    case 'answer-missing': {
      const marked = updateMessage(state, action.key, { unanswered: action.missing });
      return action.missing ? { ...marked, platformTyping: false } : marked;
    }
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
  return last !== undefined && last.role === 'user' && last.delivery !== Delivery.Failed && !last.unanswered;
}
