import type { ChatConfig } from '../src/config/config.js';
import { silentLogger } from '../src/log/logger.js';
import type { AuthSuccess, Chat, CreateChatBody, Message, SendMessageBody, ServerFrame } from '../src/protocol/types.js';
import { ChatStorage } from '../src/ports/safe-storage.js';
import { AuthToken, type GetAuthToken } from '../src/api/auth-token.js';
import { ChatSession } from '../src/session/chat-session.js';
import type { ChatContext, VisitorPayload } from '../src/config/visitor.js';
import type { ApiPort, SocketPort } from '../src/session/session-options.js';
import { INITIAL_SOCKET_STATUS, type SocketStatus } from '../src/socket/socket-status.js';
import { FakeScheduler } from './fake-scheduler.js';
import { MapStorage } from './map-storage.js';

export { MapStorage };

export const CONFIG: ChatConfig = Object.freeze({
  tenantId: 'miptech-company',
  apiUrl: 'http://platform.test',
  wsUrl: 'ws://platform.test',
  heading: 'T',
  position: 'bottom-right',
  theme: 'light',
  primaryColor: null,
  debug: false,
  mode: 'floating',
  greeting: 'Hi',
  starterPrompts: [],
  imageOrigins: ['http://platform.test'],
  pageUrl: 'path',
  launcher: 'default',
  prefetch: 'idle',
  consent: 'none',
  consentNotice: null,
  protocol: 'guide',
});

export class FakeSocket implements SocketPort {
  status: SocketStatus = INITIAL_SOCKET_STATUS;
  acknowledgement: AuthSuccess | null = null;
  connects = 0;
  disconnects = 0;
  /** As a SharedSocket reports it: 'follower' when another tab holds the connection. */
  role: 'off' | 'follower' | 'owner' = 'off';
  suspended = false;
  private statusListeners = new Set<(s: SocketStatus) => void>();
  private frameListeners = new Set<(f: ServerFrame) => void>();
  constructor(
    /** The URL as the real socket builds it, for each connection. */
    readonly urlFor: () => string,
    /** The `auth` frame's data, as the real socket builds it when a link opens. */
    readonly authData: () => unknown = () => ({}),
  ) {}
  connect() {
    this.connects += 1;
  }
  /** The URL the next connection would dial. */
  get url(): string {
    return this.urlFor();
  }
  disconnect() {
    this.disconnects += 1;
  }
  sent: unknown[] = [];
  send(frame: unknown) {
    if (this.status.state !== 'open') return false;
    this.sent.push(frame);
    return true;
  }
  reauths = 0;
  reauth() {
    this.reauths += 1;
  }
  blocks = 0;
  block() {
    this.blocks += 1;
    this.setStatus({ state: 'closed', problem: 'blocked' });
  }
  wakes = 0;
  wake() {
    this.wakes += 1;
  }
  setSuspended(s: boolean) {
    this.suspended = s;
  }
  onStatus(l: (s: SocketStatus) => void) {
    this.statusListeners.add(l);
    return () => this.statusListeners.delete(l);
  }
  onFrame(l: (f: ServerFrame) => void) {
    this.frameListeners.add(l);
    return () => this.frameListeners.delete(l);
  }
  /** Any status, loosely: tests state only the fields they care about. */
  setStatus(patch: Record<string, unknown>) {
    this.status = { ...this.status, ...patch } as SocketStatus;
    for (const l of this.statusListeners) l(this.status);
  }
  frame(f: ServerFrame) {
    for (const l of this.frameListeners) l(f);
  }
}

/** An in-memory platform behind the ApiPort, with switches to make calls fail. */
export class FakeApi implements ApiPort {
  chats: Chat[] = [];
  messages: Message[] = [];
  createBodies: CreateChatBody[] = [];
  sendBodies: SendMessageBody[] = [];
  historyCalls: { chatId: string; afterSeq?: number }[] = [];
  failNext: Error[] = [];
  /** Chat creation is idempotent on client_chat_id, as on the platform. */
  private chatByKey = new Map<string, string>();

  private maybeFail() {
    const error = this.failNext.shift();
    if (error) throw error;
  }

  /** The secret the platform issues with a session's first chat (none, as an older platform, unless set). */
  visitorSecret: string | null = null;

  async createChat(body: CreateChatBody): Promise<Chat> {
    this.createBodies.push(body);
    this.maybeFail();
    const known = this.chatByKey.get(body.client_chat_id);
    if (known) return this.chats.find((c) => c.id === known)!;
    const secret = this.visitorSecret ? { visitor_secret: this.visitorSecret } : {};
    const chat = { id: `chat-${this.chats.length + 1}`, session_id: body.session_id, visitor_id: body.visitor_id, title: body.title, created_at: 't', ...secret };
    this.chats.push(chat);
    this.chatByKey.set(body.client_chat_id, chat.id);
    return chat;
  }

  async sendMessage(chatId: string, body: SendMessageBody) {
    this.sendBodies.push(body);
    this.maybeFail();
    const existing = this.messages.find((m) => m.client_message_id === body.metadata.client_message_id);
    if (existing) return existing;
    const message: Message = { id: `msg-${this.messages.length + 1}`, chat_id: chatId, seq: this.messages.length + 1, role: 'user', content: body.content, created_at: 't', client_message_id: body.metadata.client_message_id };
    this.messages.push(message);
    return message;
  }

  feedbackCalls: { chatId: string; messageId: string; body: unknown }[] = [];
  regenerateCalls: { chatId: string; messageId: string }[] = [];

  async feedback(chatId: string, messageId: string, body: unknown) {
    this.feedbackCalls.push({ chatId, messageId, body });
    this.maybeFail();
  }

  async regenerate(chatId: string, messageId: string) {
    this.regenerateCalls.push({ chatId, messageId });
    this.maybeFail();
  }

  async history(chatId: string, afterSeq?: number) {
    this.historyCalls.push({ chatId, afterSeq });
    this.maybeFail();
    return this.messages.filter((m) => m.chat_id === chatId && m.seq > (afterSeq ?? 0));
  }
}

/** A session on fakes. Two sessions on one `backing` are two tabs (or instances) of one tenant; `ids` tells their ids apart. */
export function makeSession(
  options: { api?: FakeApi; backing?: MapStorage; scheduler?: FakeScheduler; ids?: string; getAuthToken?: GetAuthToken; visitor?: VisitorPayload; context?: () => ChatContext } = {},
) {
  const scheduler = options.scheduler ?? new FakeScheduler(() => 0.5);
  const api = options.api ?? new FakeApi();
  const backing = options.backing ?? new MapStorage();
  const sockets: FakeSocket[] = [];
  let id = 0;
  const session = new ChatSession({
    tenantId: CONFIG.tenantId,
    wsUrl: CONFIG.wsUrl,
    api,
    createSocket: (url, authData) => {
      const socket = new FakeSocket(url, authData);
      sockets.push(socket);
      return socket;
    },
    storage: new ChatStorage(CONFIG.tenantId, backing),
    page: () => ({ url: 'http://site.test/pricing', userAgent: 'UA/1', referrer: 'http://ref.test/' }),
    newId: () => `${options.ids ?? 'id'}-${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1)),
    scheduler,
    logger: silentLogger,
    authToken: new AuthToken(() => options.getAuthToken ?? null, silentLogger, scheduler),
    visitor: options.visitor ?? null,
    context: options.context ?? (() => ({})),
  });
  return { session, api, backing, sockets, scheduler, socket: () => sockets[sockets.length - 1] };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
