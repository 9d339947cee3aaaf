/**
 * Ties one ChatSession to the element's lifecycle: built for a config, connected on purpose
 * (the first open, a send, inline mode, or messages still waiting from an earlier visit),
 * stopped when the element leaves the page, rebuilt when where or as whom it connects changes.
 * A session that was asked to connect reconnects after a rebuild (a moved element, a new tenant).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nanoid } from 'nanoid';
import { ApiClient } from '../api/api-client.js';
import { storageNamespace, type ChatConfig } from '../config/config.js';
import { sameConnection } from '../config/same-connection.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPorts } from '../ports/ports.js';
import { pageConnectBlocks, pageStorageChanges } from '../ports/page-events.js';
import { declaredReferrerPolicy } from '../ports/page-policy.js';
import { ChatStorage } from '../ports/safe-storage.js';
import { mark } from '../ports/stored-mark.js';
import { visitorKey, type ChatContext, type VisitorPayload } from '../config/visitor.js';
import { AuthToken, type GetAuthToken } from '../api/auth-token.js';
import { pageToSend } from '../protocol/page-privacy.js';
import { ChatSession } from '../session/chat-session.js';
import { ChatSocket } from '../socket/chat-socket.js';
import { SharedSocket } from '../socket/shared-socket.js';
import { TabRole, type ConnectionSharing } from '../socket/tab-relay.js';
import { browserTabs } from '../ports/tab-ports.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../state/chat-state.js';
import { frameBatcher } from './frame-batcher.js';

/** Who the session is for, from the element's properties: read live, except the visitor, who is fixed per session. */
export interface SessionIdentity {
  visitor: VisitorPayload | null;
  context: () => ChatContext;
  getAuthToken: () => GetAuthToken | null;
}

const ANONYMOUS: SessionIdentity = { visitor: null, context: () => ({}), getAuthToken: () => null };

export class SessionController implements ReactiveController {
  session: ChatSession | null = null;
  state: ChatState = INITIAL_CHAT_STATE;
  storage: ChatStorage | null = null;
  /** The session's token from the site (for the `debug` view's test, which uses it too). */
  authToken: AuthToken | null = null;
  private config: ChatConfig | null = null;
  private who: SessionIdentity = ANONYMOUS;
  private unsubscribe: (() => void) | null = null;
  /** Stops listening to the page (policy violations, other tabs' storage). */
  private unwatchPage: (() => void) | null = null;
  private attached = false;
  /** The session's socket, when it is shared with the site's other tabs; 'own' when it is not. */
  private socket: SharedSocket | 'own' | null = null;
  /** Someone asked for the conversation: a rebuilt session connects again. */
  private wanted = false;
  /** The page's policy refused the platform's WebSocket (its CSP): no socket made here tries again. */
  private wsBlocked = false;
  /** One render per animation frame, however many chunks arrive in it. */
  /** Asks for a render in the next frame (one for any number of asks before it). */
  private readonly render = frameBatcher(() => this.host.requestUpdate());
  /**
   * Another tab forgot this visitor (its identity vanished from storage): set by the site link, which
   * ends everything here.
   */
  onForgotten: () => void = () => undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ports: () => BrowserPorts,
    private readonly logger: Logger,
    private readonly onState: (state: ChatState, previous: ChatState) => void,
  ) {
    host.addController(this);
  }

  /**
   * A new config (or none: invalid, or no consent yet); a change of looks keeps the session.
   * Another visitor (or none: a logout) is another session on storage of its own, so the
   * previous person's conversation is gone from the panel at once.
   */
  configure(config: ChatConfig | null, who: SessionIdentity = this.who): void {
    const same =
      sameConnection(config, this.config) &&
      visitorKey(who.visitor) === visitorKey(this.who.visitor) &&
      who.visitor?.hash === this.who.visitor?.hash;
    this.config = config;
    this.who = who;
    if (same) return;
    this.teardown();
    this.build();
  }

  /**
   * `forget()`: the session ends (the element has removed the stored keys: it does so even
   * before the chat has loaded); the next `configure()` starts afresh, and nothing is written
   * again until the visitor (or the page) asks for the chat once more.
   */
  forget(): void {
    this.wanted = false;
    this.teardown();
    this.config = null;
  }

  /**
   * For the debug view: whether this tab holds the connection the site's tabs share, follows it, or
   * has its own; null before it connects.
   */
  get sharing(): ConnectionSharing | null {
    const socket = this.socket;
    return socket === 'own' || socket === null ? socket : socket.role === TabRole.Off ? null : socket.role;
  }

  /** Renders again in the next frame. */
  requestRender(): void {
    this.render();
  }

  /**
   * Queues a message (the session connects for it): its client message id, or null without a
   * session or when it cannot be sent.
   */
  send(content: string): string | null {
    this.wanted = true;
    return this.session?.send(content) ?? null;
  }

  /** Connects now (idempotent) and remembers that the conversation is wanted. */
  connect(): ChatSession | null {
    this.wanted = true;
    this.session?.connect();
    return this.session;
  }

  hostConnected(): void {
    this.attached = true;
    this.build();
  }

  hostDisconnected(): void {
    this.attached = false;
    this.teardown();
  }

  private build(): void {
    if (this.session || !this.config || !this.attached) return;
    const { config, logger } = this;
    const ports = this.ports();
    const { visitor, context, getAuthToken } = this.who;
    const namespace = storageNamespace(config) + visitorKey(visitor);
    // Its first stored value marks the browser: a later page looks for unsent messages here.
    this.storage = new ChatStorage(namespace, ports.storage, () => mark(ports.marks, storageNamespace(config), 'open'));
    const authToken = (this.authToken = new AuthToken(getAuthToken, logger.child('auth'), ports.scheduler));
    if (this.storage.fallback) logger.warn(`storage in memory: ${this.storage.fallback.reason}`);
    const session = new ChatSession({
      tenantId: config.tenantId,
      wsUrl: config.wsUrl,
      api: new ApiClient({
        ...{
          apiUrl: config.apiUrl,
          tenantId: config.tenantId,
          fetch: ports.fetch,
          random: ports.scheduler.random,
          logger: logger.child('api'),
        },
        visitorSecret: () => this.session?.visitorSecret() ?? null,
        authToken,
      }),
      authToken,
      visitor,
      context,
      protocol: config.protocol,
      createSocket: (url, authData, dialect) => {
        const blocked = () => this.wsBlocked;
        const own = () =>
          new ChatSocket({
            url,
            authData,
            dialect,
            blocked,
            WebSocket: ports.WebSocket,
            scheduler: ports.scheduler,
            logger: logger.child('socket'),
          });
        // One connection for every tab of this tenant and visitor, where the browser can share one.
        const tabs = ports.tabs === undefined ? browserTabs() : ports.tabs;
        const shared = tabs
          ? new SharedSocket({
              name: `miptech-chat:${namespace}`,
              tabs,
              createSocket: own,
              scheduler: ports.scheduler,
              logger: logger.child('tabs'),
            })
          : null;
        this.socket = shared ?? 'own';
        return shared ?? own();
      },
      storage: this.storage,
      page: () => pageToSend(ports.page(), config.pageUrl, declaredReferrerPolicy()),
      newId: () => nanoid(),
      now: () => new Date(ports.scheduler.now()),
      scheduler: ports.scheduler,
      logger: logger.child('session'),
    });
    this.session = session;
    const storage = this.storage;
    const unwatch = [
      (ports.connectBlocks ?? pageConnectBlocks)((url) => {
        // Remembered for a socket this tab makes later (taking the shared connection over).
        if (session.connectBlocked(url)) this.wsBlocked = true;
      }),
      (ports.storageChanges ?? pageStorageChanges)((full) => {
        const key = storage.ownKey(full);
        if (key && session.storageChanged(key)) this.onForgotten();
      }),
    ];
    this.unwatchPage = () => unwatch.forEach((stop) => stop?.());
    this.unsubscribe = session.store.subscribe((state) => {
      const previous = this.state;
      this.state = state;
      this.onState(state, previous);
      this.render();
    });
    // Unsent messages from an earlier visit are delivered without waiting for an open.
    if (this.wanted || session.pendingCount() > 0) session.connect();
  }

  private teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.unwatchPage?.();
    this.unwatchPage = null;
    this.session?.stop();
    this.session = null;
    this.socket = null;
    this.state = INITIAL_CHAT_STATE;
  }
}
