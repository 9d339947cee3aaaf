/**
 * Ties one ChatSession to the element's lifecycle: built for a config, started on demand,
 * stopped when the element leaves the page, rebuilt when the config changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nanoid } from 'nanoid';
import { ApiClient } from '../api/api-client.js';
import type { ChatConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPlatform } from '../platform/browser-platform.js';
import { ChatSession } from '../session/chat-session.js';
import { ChatStorage } from '../session/storage.js';
import { ChatSocket } from '../socket/chat-socket.js';
import { INITIAL_CHAT_STATE, type ChatState } from '../state/chat-state.js';
import { FrameBatcher } from './frame-batcher.js';

export class SessionController implements ReactiveController {
  session: ChatSession | null = null;
  state: ChatState = INITIAL_CHAT_STATE;
  storage: ChatStorage | null = null;
  private config: ChatConfig | null = null;
  private unsubscribe: (() => void) | null = null;
  private connected = false;
  /** One render per animation frame, however many chunks arrive in it. */
  private readonly renders = new FrameBatcher(() => this.host.requestUpdate());

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly platform: () => BrowserPlatform,
    private readonly logger: Logger,
    private readonly onState: (state: ChatState, previous: ChatState) => void,
  ) {
    host.addController(this);
  }

  /**
   * A config that changes where or as whom the widget connects (or none, when it is invalid)
   * replaces the session; a change of looks (theme, title, colour…) keeps it.
   */
  configure(config: ChatConfig | null): void {
    const same = (a: ChatConfig | null, b: ChatConfig | null) =>
      a === b || (a !== null && b !== null && a.tenantId === b.tenantId && a.apiUrl === b.apiUrl && a.wsUrl === b.wsUrl);
    if (same(config, this.config)) {
      this.config = config;
      return;
    }
    this.teardown();
    this.config = config;
    if (this.connected) this.build();
  }

  /** Starts connecting (first open, or a send). */
  start(): ChatSession | null {
    if (!this.session && this.connected) this.build();
    this.session?.start();
    return this.session;
  }

  hostConnected(): void {
    this.connected = true;
    this.build();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.teardown();
  }

  private build(): void {
    if (this.session || !this.config) return;
    const config = this.config;
    const platform = this.platform();
    const logger = this.logger;
    this.storage = new ChatStorage(config.tenantId, platform.storage);
    if (this.storage.fallbackReason) logger.warn(`storage falls back to memory: ${this.storage.fallbackReason}`);
    const session = new ChatSession({
      config,
      api: new ApiClient({ apiUrl: config.apiUrl, tenantId: config.tenantId, fetch: platform.fetch, logger: logger.child('api') }),
      createSocket: (url, authData) =>
        new ChatSocket({ url, authData, WebSocket: platform.WebSocket, scheduler: platform.scheduler, logger: logger.child('socket') }),
      storage: this.storage,
      page: platform.page,
      newId: () => nanoid(),
      now: () => new Date(platform.scheduler.now()),
      scheduler: platform.scheduler,
      logger: logger.child('session'),
    });
    this.session = session;
    this.unsubscribe = session.store.subscribe((state) => {
      const previous = this.state;
      this.state = state;
      this.onState(state, previous);
      this.renders.request();
    });
    // Unsent messages from an earlier visit are delivered without waiting for an open.
    if (session.pendingCount > 0) session.start();
  }

  private teardown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session?.stop();
    this.session = null;
    this.state = INITIAL_CHAT_STATE;
  }
}
