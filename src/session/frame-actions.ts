/**
 * What the platform's frames and messages mean for the store. Pure: a frame (or messages) and
 * the current chat id in, an action out. Anything of another chat (an older conversation of
 * this session, a stray frame) is not the visitor's to see.
 */
import type { Message, ServerFrame } from '../protocol/types.js';
import type { ChatAction } from '../state/actions.js';

/** The messages of `chatId` as one action, or null when none are; `foreign` counts the rest. */
export function receiveMessages(
  messages: readonly Message[],
  chatId: string | null,
): { action: ChatAction | null; foreign: number } {
  // '' is a platform that did not say which chat: the one this link is in.
  const ours = messages.filter((m) => m.chat_id === chatId || m.chat_id === '');
  return {
    action: ours.length > 0 ? { type: 'messages-received', messages: ours } : null,
    foreign: messages.length - ours.length,
  };
}

/**
 * An answer starts to a question this tab has not seen: one asked in another tab or on another
 * device, on a platform that does not push questions as `message` frames. History brings it.
 */
export function questionUnseen(
  frame: ServerFrame,
  chatId: string | null,
  messages: readonly { clientMessageId: string | null }[],
): boolean {
  if (frame.type !== 'response_start' || frame.data.chat_id !== chatId || !frame.data.reply_to) return false;
  return !messages.some((m) => m.clientMessageId === frame.data.reply_to);
}

export function frameAction(frame: ServerFrame, chatId: string | null, now: () => Date): ChatAction | null {
  switch (frame.type) {
    case 'response_start':
      // An answer that starts in another chat would stream forever: its end is filtered out.
      if (frame.data.chat_id !== chatId && frame.data.chat_id !== '') return { type: 'frame-dropped' };
      return {
        type: 'answer-started',
        messageId: frame.data.message_id,
        replyTo: frame.data.reply_to ?? null,
        createdAt: now().toISOString(),
      };
    case 'response_chunk':
      return {
        type: 'answer-chunk',
        messageId: frame.data.message_id,
        index: frame.data.index,
        delta: frame.data.delta,
      };
    case 'response_complete':
    case 'message':
      return receiveMessages([frame.data.message], chatId).action;
    case 'typing':
      return { type: 'typing', isTyping: frame.data.is_typing };
    default:
      return null;
  }
}
