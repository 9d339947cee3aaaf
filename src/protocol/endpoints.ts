/**
 * Where things live on the platform and what the handshake says (docs/protocol.md). Used by
 * the session and by the diagnostics probe, so both speak exactly the same protocol.
 */
import type { VisitorPayload } from '../config/visitor.js';
import type { AuthFrame } from './types.js';

/** The title docs/protocol.md gives every chat the widget creates (a wire value, not UI text). */
export const CHAT_TITLE = 'Website Chat';

/** The REST root: `{api-url}/api/v1`. */
export const restRoot = (apiUrl: string): string => `${apiUrl}/api/v1`;

export const REST_PATHS = {
  health: 'health',
  /** Outside /api/v1: the fallback health check of docs/protocol.md. */
  healthz: 'healthz',
  chats: 'chat/',
  messages: (chatId: string) => `chat/${encodeURIComponent(chatId)}/messages`,
  message: (chatId: string, messageId: string) =>
    `chat/${encodeURIComponent(chatId)}/messages/${encodeURIComponent(messageId)}`,
} as const;

/**
 * `{ws-url}/api/v1/ws/chat?tenant_id=…&session_id=…`, as the integration guide writes it (a
 * platform built for the guide reads the session from the URL, and refuses a socket without it).
 * The session id is an identifier, not a credential: the visitor secret is the credential, and
 * it travels only in the `auth` frame and a header, never in a URL (URLs land in proxy logs).
 */
export function chatSocketUrl(wsUrl: string, tenantId: string, sessionId: string): string {
  return `${wsUrl}/api/v1/ws/chat?${new URLSearchParams({ tenant_id: tenantId, session_id: sessionId })}`;
}

/**
 * Whether a URL the page's policy refused is our socket's: the same ws(s) scheme and host.
 * Browsers report the full URL, or only its origin when it is cross-origin.
 */
export function blocksSocket(blockedUrl: string, socketUrl: string): boolean {
  try {
    const blocked = new URL(blockedUrl);
    const socket = new URL(socketUrl);
    return blocked.protocol === socket.protocol && blocked.host === socket.host;
  } catch {
    return false;
  }
}

export interface AuthContext {
  tenantId: string;
  sessionId: string;
  userAgent: string;
  pageUrl: string;
  chatId?: string | null;
  lastSeq?: number;
  visitorSecret?: string | null;
  token?: string | null;
  visitor?: VisitorPayload | null;
}

/** The `auth` frame's data: `chat_id` and `last_seq` only when there is something to resume. */
export function authPayload(context: AuthContext): AuthFrame['data'] {
  return {
    tenant_id: context.tenantId,
    session_id: context.sessionId,
    user_agent: context.userAgent,
    page_url: context.pageUrl,
    ...(context.chatId ? { chat_id: context.chatId } : {}),
    ...(context.lastSeq ? { last_seq: context.lastSeq } : {}),
    ...(context.visitorSecret ? { visitor_secret: context.visitorSecret } : {}),
    ...(context.token ? { token: context.token } : {}),
    ...(context.visitor ? { visitor: context.visitor } : {}),
  };
}
