import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConfigProblem, ConfigResult } from './config/config.js';
import { resolveConfig } from './config/resolve-config.js';
import { SCRIPT_ORIGIN } from './config/script-origin.js';
import { DiagnosticsController } from './controllers/diagnostics-controller.js';
import { PageLifecycleController } from './controllers/page-lifecycle-controller.js';
import { ColorSchemeController } from './controllers/color-scheme-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { TickerController } from './controllers/ticker-controller.js';
import { ViewportController } from './controllers/viewport-controller.js';
import { createMarkdownRenderer, type MarkdownRenderer } from './markdown/render-markdown.js';
import { PROMPT_SEPARATOR } from './config/config.js';
import { EVENTS, emit } from './events.js';
import { createLogger } from './log/logger.js';
import { browserPlatform, type BrowserPlatform } from './platform/browser-platform.js';
import { MAX_MESSAGE_CHARS } from './session/chat-session.js';
import { connectionStatusLine } from './session/connection-words.js';
import { SocketState } from './socket/socket-state.js';
import type { ChatState } from './state/chat-state.js';
import { isAwaitingAnswer } from './state/reducer.js';
import { transitions } from './state/transitions.js';
import { content } from './styles/content.js';
import { extras } from './styles/extras.js';
import { layout } from './styles/layout.js';
import { markdown } from './styles/markdown.js';
import { applyPalette } from './styles/apply-palette.js';
import { shield } from './styles/shield.js';
import { tokens } from './styles/tokens.js';
import { VERSION } from './version.js';
import { composerView } from './views/composer.js';
import { diagnosticsView } from './views/diagnostics-view.js';
import { headerView } from './views/header.js';
import { launcherView } from './views/launcher.js';
import { messageListView } from './views/message-list.js';
import { configErrorView, connectionErrorView, statusBarView } from './views/notices.js';
import { copyCodeFromClick } from './views/copy-code.js';

const CONFIG_PROPERTIES = ['tenantId', 'apiUrl', 'wsUrl', 'title', 'position', 'theme', 'primaryColor', 'debug', 'mode', 'greeting', 'starterPrompts'] as const;

/** `starter-prompts="A|B|C"` ⇄ `['A', 'B', 'C']`. */
const promptsConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(PROMPT_SEPARATOR).map((p) => p.trim()).filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(PROMPT_SEPARATOR),
};

/**
 * MIPTech's AI website assistant: a launcher button and a chat panel, configured with
 * attributes. Paste the script tag, add `<miptech-chat tenant-id="…">`, done.
 *
 * @tag miptech-chat
 *
 * @fires miptech-ready - The element is defined and rendered its launcher. detail: `{ version }`.
 * @fires miptech-open - The panel opened (launcher, `open()`, `toggle()`).
 * @fires miptech-close - The panel closed (close button, Escape, launcher, `close()`).
 * @fires miptech-message-send - The visitor is about to send a message; cancelable. detail: `{ text }`.
 * @fires miptech-message - A complete answer arrived. detail: `{ id, content, sources }`.
 * @fires miptech-connection-change - The connection state changed. detail: `{ state, attempt, nextDelayMs, problem }`.
 * @fires miptech-error - A configuration, connection or send problem. detail: `{ kind, message, problems? }`.
 * @fires miptech-feedback - The visitor rated an answer. detail: `{ messageId, rating, comment? }`.
 *
 * @csspart launcher - The round button that opens and closes the panel.
 * @csspart panel - The chat panel (a labelled dialog).
 * @csspart header - The panel's title bar.
 * @csspart messages - The scrolling conversation log.
 * @csspart message - Every message; also `message-user` / `message-assistant` / `message-system`.
 * @csspart composer - The form holding the input and send button.
 * @csspart input - The message textarea.
 * @csspart send-button - The send button.
 * @csspart status - Connection status line and error notices.
 * @csspart badge - The unread counter on the launcher.
 * @csspart suggestions - Starter prompts and follow-up suggestions.
 *
 * @cssprop --miptech-chat-primary - Brand colour (the `primary-color` attribute wins over it).
 * @cssprop --miptech-chat-on-primary - Text colour on the brand colour.
 * @cssprop --miptech-chat-primary-hover - Brand colour on hover.
 * @cssprop --miptech-chat-font-family - Font of the whole widget (the host page's font does not leak in).
 * @cssprop --miptech-chat-font-size - Base font size, default 14px.
 * @cssprop --miptech-chat-radius - Panel corner radius.
 * @cssprop --miptech-chat-panel-width - Panel width, default 380px.
 * @cssprop --miptech-chat-panel-height - Panel height, default 600px.
 * @cssprop --miptech-chat-offset - Distance from the viewport's corner, default 20px.
 * @cssprop --miptech-chat-z-index - Stacking level of launcher and panel.
 * @cssprop --miptech-chat-background - Panel background.
 * @cssprop --miptech-chat-surface - Assistant bubbles and status bar.
 * @cssprop --miptech-chat-text - Text colour.
 * @cssprop --miptech-chat-muted - Secondary text colour.
 * @cssprop --miptech-chat-border - Border colour.
 * @cssprop --miptech-chat-link - Link colour in answers.
 * @cssprop --miptech-chat-inline-height - Height of the chat in `mode="inline"`, default 560px.
 */
export class MiptechChat extends LitElement {
  static override styles = [tokens, shield, layout, content, markdown, extras];

  /** The platform tenant. Default `miptech-company`. Sent as `X-Tenant-ID` on every request. */
  @property({ attribute: 'tenant-id' }) tenantId: string | null = null;
  /** REST root (`{api-url}/api/v1`). Default: the origin this script came from, else `http://localhost:8000`. */
  @property({ attribute: 'api-url' }) apiUrl: string | null = null;
  /** WebSocket root. Default: `api-url` with http→ws, https→wss. */
  @property({ attribute: 'ws-url' }) wsUrl: string | null = null;
  /** Panel title. Default "MIPTech AI Assistant". */
  @property() override title = '';
  /** `bottom-right` (default) or `bottom-left`. */
  @property() position: string | null = null;
  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting, live). */
  @property() theme: string | null = null;
  /** Brand colour, any CSS colour. Text on it is chosen for WCAG AA contrast. */
  @property({ attribute: 'primary-color' }) primaryColor: string | null = null;
  /** Shows the connection diagnostics in the panel and logs to the console. */
  @property({ type: Boolean }) debug = false;
  /** `floating` (default: launcher and panel in a corner) or `inline` (the chat in the page's flow). */
  @property() mode: string | null = null;
  /** The assistant's first words (markdown, shown locally). `greeting=""` shows none. */
  @property() greeting: string | null = null;
  /** Questions offered on an empty conversation; attribute: `starter-prompts="A|B|C"`. */
  @property({ attribute: 'starter-prompts', converter: promptsConverter }) starterPrompts: string[] = [];
  /**
   * The connection's state, reflected for the host page's CSS and scripts: `idle`, `connecting`,
   * `open`, `waiting`, `suspended` or `closed`. Read-only: setting it changes nothing.
   */
  @property({ attribute: 'connection-state', reflect: true }) connectionState: string = SocketState.Idle;
  /** Whether the panel is open (attribute `open`; the property is `opened` because `open()` is a method). */
  @property({ type: Boolean, reflect: true, attribute: 'open' }) opened = false;

  /** What the widget takes from the browser; tests replace parts of it before connecting. */
  platform: BrowserPlatform = browserPlatform();

  /** Resolves once the element has rendered for the first time. */
  readonly ready: Promise<void>;

  @state() private draft = '';
  @state() private unread = 0;
  @state() private commentingOn: string | null = null;
  /** Read once by screen readers when an answer completes (never per token). */
  @state() private announcement = '';
  @query('.launcher') private launcher!: HTMLButtonElement | null;
  @query('textarea') private input!: HTMLTextAreaElement | null;
  @query('.root') private root!: HTMLElement | null;
  @query('.messages') private messageLog!: HTMLElement | null;
  /** Follow new text to the bottom unless the visitor scrolled up to read. */
  private followLog = true;
  private resolveReady!: () => void;
  private configResult: ConfigResult = { ok: false, problems: [] };
  private renderer: MarkdownRenderer | null = null;
  private readonly logger = createLogger('miptech-chat', () => this.debug);
  private readonly sessions = new SessionController(this, () => this.platform, this.logger, (s, p) => this.stateChanged(s, p));
  private readonly diagnostics = new DiagnosticsController(this, () => this.platform, this.logger.child('diagnostics'));
  private readonly colorScheme = new ColorSchemeController(this, () => this.platform.matchMedia);
  private readonly viewport = new ViewportController(this, () => this.opened && !this.inline);

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // a chat moved in the DOM while open reconnects in willUpdate
  }

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    new PageLifecycleController(this, {
      suspend: (suspended) => this.sessions.session?.setSuspended(suspended),
      wake: () => this.sessions.session?.wake(),
      leave: () => this.sessions.session?.leave(),
    });
    new TickerController(this, () => this.opened && this.sessions.state.connection.state === SocketState.Waiting);
  }

  /** The resolved configuration, or the list of attribute problems. */
  get configuration(): ConfigResult {
    return this.configResult;
  }

  /** Opens the panel (and connects, the first time). */
  open(): void {
    this.setOpened(true);
  }

  /** Closes the panel; the conversation and connection are kept. */
  close(): void {
    this.setOpened(false);
  }

  toggle(): void {
    this.setOpened(!this.opened);
  }

  /**
   * Sends a message as if the visitor typed it (fires the cancelable `miptech-message-send`).
   * Returns false when nothing was sent: empty, too long, cancelled, or a broken config.
   */
  send(text: string): boolean {
    const content = String(text ?? '').trim();
    if (!content) return false;
    if (content.length > MAX_MESSAGE_CHARS) {
      emit(this, EVENTS.error, { kind: 'send', message: `Messages are limited to ${MAX_MESSAGE_CHARS} characters.` });
      return false;
    }
    if (!emit(this, EVENTS.messageSend, { text: content }, { cancelable: true })) return false;
    const session = this.sessions.start();
    if (!session) return false;
    session.send(content);
    this.followLog = true;
    return true;
  }

  /** Reconnects now and resends every message that failed. */
  retry(): void {
    this.sessions.session?.retry();
  }

  /** Starts a new conversation (the old one stays on the platform). */
  clear(): void {
    this.sessions.session?.clear();
    this.commentingOn = null;
  }

  private get inline(): boolean {
    return this.configResult.ok && this.configResult.config.mode === 'inline';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = CONFIG_PROPERTIES.some((p) => changed.has(p)) || !this.hasUpdated;
    if (configChanged) this.resolveConfiguration();
    // Connect (and run the diagnostics) on the first open, here rather than in updated():
    // the state this produces is rendered in the same update. Inline chats are always open.
    const showing = this.opened || this.inline;
    if (!showing || !this.configResult.ok) return;
    // Idempotent; also restarts a chat that was moved in the DOM while open.
    this.sessions.start();
    if (configChanged || changed.has('opened')) {
      this.unread = 0;
      if (this.configResult.config.debug && (!this.diagnostics.ran || changed.has('debug'))) {
        void this.diagnostics.test(this.configResult.config);
      }
    }
  }

  private resolveConfiguration(): void {
    this.configResult = resolveConfig(
      {
        tenantId: this.tenantId,
        apiUrl: this.apiUrl,
        wsUrl: this.wsUrl,
        title: this.title,
        position: this.position,
        theme: this.theme,
        primaryColor: this.primaryColor,
        debug: this.debug,
        mode: this.mode,
        greeting: this.greeting,
        starterPrompts: this.starterPrompts,
      },
      {
        scriptOrigin: SCRIPT_ORIGIN,
        pageProtocol: globalThis.location?.protocol,
        isColor: (v) => globalThis.CSS?.supports?.('color', v) ?? true,
      },
    );
    this.renderer = null; // made again on the next open, for the new platform origin
    if (this.configResult.ok) {
      this.sessions.configure(this.configResult.config);
    } else {
      this.sessions.configure(null);
      this.reportConfigProblems(this.configResult.problems);
    }
  }

  protected override firstUpdated(): void {
    emit(this, EVENTS.ready, { version: VERSION });
    this.resolveReady();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (CONFIG_PROPERTIES.some((p) => changed.has(p))) applyPalette(this.root!, this.configResult.ok ? this.configResult.config.primaryColor : null);
    this.viewport.attach(this.root);
    const log = this.messageLog;
    if (log && (this.followLog || changed.has('opened'))) log.scrollTop = log.scrollHeight;
  }

  protected override render() {
    const result = this.configResult;
    const config = result.ok ? result.config : null;
    const theme = config?.theme === 'auto' ? (this.colorScheme.dark ? 'dark' : 'light') : (config?.theme ?? 'light');
    const title = config?.title ?? 'MIPTech AI Assistant';
    const state = this.sessions.state;
    const classes = `root ${config?.position ?? 'bottom-right'} ${theme} ${this.inline ? 'inline' : 'floating'} ${this.opened ? 'open' : ''}`;
    return html`<div class=${classes} title="">
      ${this.opened || this.inline ? this.renderPanel(title, state) : nothing}
      ${this.inline
        ? nothing
        : launcherView({ opened: this.opened, title, hasProblem: !result.ok || state.error !== null, unread: this.unread }, () => this.setOpened(!this.opened))}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderPanel(title: string, state: ChatState) {
    const result = this.configResult;
    return html`<section
      id="panel"
      class="panel"
      part="panel"
      role=${this.inline ? 'region' : 'dialog'}
      aria-modal="false"
      aria-labelledby="title"
      @keydown=${this.onPanelKeydown}
    >
      ${headerView(title, result.ok ? state.connection.state : null, this.inline ? null : () => this.setOpened(false))}
      <div class="body">${result.ok ? this.renderChat(state) : configErrorView(result.problems)}</div>
    </section>`;
  }

  private renderChat(state: ChatState) {
    const config = this.configResult.ok ? this.configResult.config : null;
    const session = this.sessions.session;
    if (!config || !session) return nothing;
    // Made on first open, not at start-up: a closed widget costs the page nothing more.
    // Images in answers load only from the platform's own origin.
    this.renderer ??= createMarkdownRenderer([new URL(config.apiUrl).origin]);
    const retry = () => session.retry();
    const now = this.platform.scheduler.now();
    const waiting = state.connection.state === SocketState.Waiting;
    const streaming = state.messages.some((m) => m.streaming);
    return html`
      ${config.debug
        ? diagnosticsView(
            {
              config,
              result: this.diagnostics.result,
              storageMode: this.sessions.storage?.mode ?? 'memory',
              storageNote: this.sessions.storage?.fallbackReason ?? null,
              droppedFrames: state.droppedFrames + state.connection.droppedFrames,
              sessionId: session.sessionId,
            },
            () => void this.diagnostics.test(config),
          )
        : nothing}
      ${state.error
        ? connectionErrorView(state.error, retry, () => this.platform.reload())
        : html`${statusBarView(connectionStatusLine(state.connection, now), waiting ? retry : null)}
          ${messageListView(
            {
              messages: state.messages,
              awaitingAnswer: isAwaitingAnswer(state),
              title: config.title,
              greeting: config.greeting,
              starterPrompts: config.starterPrompts,
              renderer: this.renderer,
              commentingOn: this.commentingOn,
            },
            {
              onRetry: retry,
              onScroll: this.onLogScroll,
              onClick: (event) => void copyCodeFromClick(event, this.platform.clipboard()),
              onSuggestion: (text) => this.send(text),
              onFeedback: (key, rating) => this.rate(key, rating),
              onFeedbackComment: (key, comment) => this.rate(key, 'down', comment),
              onRegenerate: (key) => void session.regenerate(key),
            },
          )}`}
      ${composerView(
        { draft: this.draft, maxChars: MAX_MESSAGE_CHARS, streaming },
        { onInput: (value) => (this.draft = value), onSend: () => this.sendDraft(), onStop: () => session.stopAnswer() },
      )}
    `;
  }

  private sendDraft(): void {
    if (this.send(this.draft)) this.draft = '';
  }

  /**
   * Thumbs up is sent at once. Thumbs down first opens the comment form; its Send or Skip
   * (comment null) sends the rating.
   */
  private rate(key: string, rating: 'up' | 'down', comment?: string | null): void {
    const session = this.sessions.session;
    const message = this.sessions.state.messages.find((m) => m.key === key);
    if (!session || !message?.id) return;
    if (rating === 'down' && comment === undefined) {
      this.commentingOn = key;
      return;
    }
    this.commentingOn = null;
    const text = comment?.trim() || undefined;
    void session.sendFeedback(key, rating, text).then((stored) => {
      if (stored) emit(this, EVENTS.feedback, { messageId: message.id!, rating, ...(text ? { comment: text } : {}) });
      else emit(this, EVENTS.error, { kind: 'send', message: 'Your feedback could not be sent.' });
    });
  }

  private onLogScroll = (event: Event) => {
    const log = event.target as HTMLElement;
    this.followLog = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  };

  private stateChanged(state: ChatState, previous: ChatState): void {
    const changes = transitions(state, previous);
    if (changes.connection) {
      const { state: s, attempt, nextDelayMs, problem } = changes.connection;
      this.connectionState = s;
      emit(this, EVENTS.connectionChange, { state: s, attempt, nextDelayMs, problem });
    }
    if (changes.error) emit(this, EVENTS.error, { kind: 'connection', message: changes.error.message });
    for (const failed of changes.failedSends) {
      emit(this, EVENTS.error, { kind: 'send', message: failed.deliveryError ?? 'The message could not be sent.' });
    }
    for (const { message, live } of changes.completedAnswers) {
      emit(this, EVENTS.message, { id: message.id ?? message.key, content: message.content, sources: message.sources });
      if (!live) continue;
      this.announcement = `${this.configResult.ok ? this.configResult.config.title : 'Assistant'}: ${message.content.slice(0, 500)}`;
      if (!this.opened && !this.inline) this.unread += 1;
    }
  }

  private setOpened(opened: boolean): void {
    if (this.opened === opened || this.inline) return;
    this.opened = opened;
    emit(this, opened ? EVENTS.open : EVENTS.close, {});
    void this.updateComplete.then(() => {
      if (opened) (this.input ?? this.renderRoot.querySelector<HTMLElement>('.panel button'))?.focus();
      else this.launcher?.focus();
    });
  }

  private onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !this.inline) {
      event.stopPropagation();
      this.setOpened(false);
    }
  };

  private reportConfigProblems(problems: readonly ConfigProblem[]): void {
    const message = problems.map((p) => `${p.attribute}="${p.value}": ${p.message}`).join(' ');
    this.logger.error(`invalid configuration: ${message}`);
    emit(this, EVENTS.error, { kind: 'config', message, problems });
  }
}
