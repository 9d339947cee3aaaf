/** Wire types of docs/protocol.md. Field names are the platform's (snake_case). */
import type { ChatContext, VisitorPayload } from '../config/visitor.js';

export type Role = 'user' | 'assistant' | 'system';

export interface Source {
  title: string;
  url: string;
  snippet?: string;
  /** The cited passage, word for word as on the page: the widget links to it with a text fragment (`#:~:text=`). */
  quote?: string;
}

export interface Message {
  id: string;
  /** '' when the platform did not say: the current chat's. */
  chat_id: string;
  /** The platform's order; -1 where it numbers nothing (the widget numbers those as they arrive). */
  seq: number;
  role: Role;
  content: string;
  created_at: string;
  client_message_id?: string;
  sources?: Source[];
  status?: 'complete' | 'interrupted';
  /** Answers: the `client_message_id` of the question they answer. */
  reply_to?: string;
  /** Answers: follow-up questions the platform suggests (at most 5). */
  suggestions?: string[];
}

export type Rating = 'up' | 'down';

export interface FeedbackBody {
  rating: Rating;
  comment?: string;
}

export interface Chat {
  id: string;
  session_id: string;
  visitor_id: string;
  title: string;
  created_at: string;
  /** The session's visitor secret (docs/protocol.md, "Visitor secret"), sent back on its calls. */
  visitor_secret?: string;
}

export interface Health {
  status: string;
  version?: string;
}

export interface CreateChatBody {
  /**
   * Chosen by the widget once per chat it means to create, and kept until the chat exists: the
   * platform answers a repeat with the chat it already made, so a retried create never makes two.
   */
  client_chat_id: string;
  session_id: string;
  visitor_id: string;
  title: string;
  /** The page, and the site's own facts (the element's `context`), which never overwrite the page's. */
  context: { page_url: string; user_agent: string; referrer: string; tenant_id: string } & ChatContext;
  /** The site's visitor (the element's `visitor`), verified by the platform when it has `hash`. */
  visitor?: VisitorPayload;
}

export interface SendMessageBody {
  content: string;
  role: 'user';
  metadata: {
    timestamp: string;
    page_url: string;
    tenant_id: string;
    client_message_id: string;
    context?: ChatContext;
  };
}

export interface AuthFrame {
  type: 'auth';
  data: {
    tenant_id: string;
    session_id: string;
    user_agent: string;
    page_url: string;
    chat_id?: string;
    last_seq?: number;
    /** The session's visitor secret, once the platform issued one: without it, no frames of its chats. */
    visitor_secret?: string;
    /** The site's token (the element's `getAuthToken`), where the platform requires one. */
    token?: string;
    visitor?: VisitorPayload;
    /** A verified visitor on a device with no chat for them: the platform names their latest chat in `auth_success`. */
    resume?: true;
  };
}

export interface PingFrame {
  type: 'ping';
  timestamp: number;
}

/** Stop generating the answer `message_id` (the platform keeps what was streamed, marked interrupted). */
export interface CancelFrame {
  type: 'cancel';
  data: { message_id: string };
}

/**
 * A question over the socket (the realtime dialect, protocol/dialects/realtime.ts), with the widget's
 * client message id.
 */
export interface ChatMessageFrame {
  type: 'chat_message';
  data: { message: string; stream: true; message_id: string; chat_id?: string };
  message_id: string;
}

export type ClientFrame = AuthFrame | PingFrame | CancelFrame | ChatMessageFrame;

export type ServerFrame =
  | { type: 'auth_success'; data: { session_id: string; chat_id?: string; protocol?: number; visitor_secret?: string } }
  | { type: 'pong'; timestamp: number }
  | { type: 'response_start'; data: { chat_id: string; message_id: string; reply_to?: string } }
  /** `index` -1: after the chunks so far (a platform that numbers none). */
  | { type: 'response_chunk'; data: { message_id: string; index: number; delta: string } }
  | { type: 'response_complete'; data: { message: Message } }
  | { type: 'message'; data: { message: Message } }
  | { type: 'typing'; data: { is_typing: boolean } }
  /** The link's chat (a realtime platform names it on the socket, socket/dialect-link.ts). */
  | { type: 'chat_joined'; data: { chat_id: string } }
  | { type: 'error'; data: { code: string; message: string; retry_after_ms?: number } };

/** What `auth_success` says: the session, and for a verified visitor their chat and secret. */
export type AuthSuccess = Extract<ServerFrame, { type: 'auth_success' }>['data'];
