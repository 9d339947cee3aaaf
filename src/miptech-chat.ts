import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConfigProblem, ConfigResult } from './config/config.js';
import { resolveConfig } from './config/resolve-config.js';
import { SCRIPT_ORIGIN } from './config/script-origin.js';
import { DiagnosticsController } from './controllers/diagnostics-controller.js';
import { PageLifecycleController } from './controllers/page-lifecycle-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { TickerController } from './controllers/ticker-controller.js';
import { EVENTS, emit } from './events.js';
import { createLogger } from './log/logger.js';
import { browserPlatform, type BrowserPlatform } from './platform/browser-platform.js';
import { MAX_MESSAGE_CHARS } from './session/chat-session.js';
import { connectionStatusLine } from './session/connection-words.js';
import { SocketState } from './socket/socket-state.js';
import type { ChatState } from './state/chat-state.js';
import { isAwaitingAnswer } from './state/reducer.js';
import { content } from './styles/content.js';
import { layout } from './styles/layout.js';
import { derivePalette, parseRgb } from './styles/palette.js';
import { shield } from './styles/shield.js';
import { tokens } from './styles/tokens.js';
import { VERSION } from './version.js';
import { composerView } from './views/composer.js';
import { diagnosticsView } from './views/diagnostics-view.js';
import { headerView } from './views/header.js';
import { launcherView } from './views/launcher.js';
import { messageListView } from './views/message-list.js';
import { configErrorView, connectionErrorView, statusBarView } from './views/notices.js';

const CONFIG_PROPERTIES = ['tenantId', 'apiUrl', 'wsUrl', 'title', 'position', 'theme', 'primaryColor', 'debug'] as const;

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
 */
export class MiptechChat extends LitElement {
  static override styles = [tokens, shield, layout, content];

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
  /** Whether the panel is open (attribute `open`; the property is `opened` because `open()` is a method). */
  @property({ type: Boolean, reflect: true, attribute: 'open' }) opened = false;

  /** What the widget takes from the browser; tests replace parts of it before connecting. */
  platform: BrowserPlatform = browserPlatform();

  @state() private draft = '';
  @query('.launcher') private launcher!: HTMLButtonElement | null;
  @query('textarea') private input!: HTMLTextAreaElement | null;
  @query('.root') private root!: HTMLElement | null;
  @query('.messages') private messageLog!: HTMLElement | null;
  /** Follow new text to the bottom unless the visitor scrolled up to read. */
  private followLog = true;

  private configResult: ConfigResult = { ok: false, problems: [] };
  private readonly logger = createLogger('miptech-chat', () => this.debug);
  private readonly sessions = new SessionController(this, () => this.platform, this.logger, (s, p) => this.stateChanged(s, p));
  private readonly diagnostics = new DiagnosticsController(this, () => this.platform, this.logger.child('diagnostics'));

  constructor() {
    super();
    new PageLifecycleController(this, (suspended) => this.sessions.session?.setSuspended(suspended));
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
    return true;
  }

  /** Reconnects now and resends every message that failed. */
  retry(): void {
    this.sessions.session?.retry();
  }

  /** Starts a new conversation (the old one stays on the platform). */
  clear(): void {
    this.sessions.session?.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = CONFIG_PROPERTIES.some((p) => changed.has(p)) || !this.hasUpdated;
    if (configChanged) this.resolveConfiguration();
    // Connect (and run the diagnostics) on the first open, here rather than in updated():
    // the state this produces is rendered in the same update.
    if ((configChanged || changed.has('opened')) && this.opened && this.configResult.ok) {
      this.sessions.start();
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
      },
      {
        scriptOrigin: SCRIPT_ORIGIN,
        pageProtocol: globalThis.location?.protocol,
        isColor: (v) => globalThis.CSS?.supports?.('color', v) ?? true,
      },
    );
    if (this.configResult.ok) {
      this.sessions.configure(this.configResult.config);
    } else {
      this.sessions.configure(null);
      this.reportConfigProblems(this.configResult.problems);
    }
  }

  protected override firstUpdated(): void {
    emit(this, EVENTS.ready, { version: VERSION });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (CONFIG_PROPERTIES.some((p) => changed.has(p))) this.applyPalette();
    const log = this.messageLog;
    if (log && (this.followLog || changed.has('opened'))) log.scrollTop = log.scrollHeight;
  }

  private onLogScroll = (event: Event) => {
    const log = event.target as HTMLElement;
    this.followLog = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  };

  protected override render() {
    const result = this.configResult;
    const position = result.ok ? result.config.position : 'bottom-right';
    const theme = result.ok ? result.config.theme : 'light';
    const title = result.ok ? result.config.title : 'MIPTech AI Assistant';
    const state = this.sessions.state;
    const hasProblem = !result.ok || state.error !== null;
    return html`<div class="root ${position} ${theme}" title="">
      ${this.opened ? this.renderPanel(title, state) : nothing}
      ${launcherView({ opened: this.opened, title, hasProblem }, () => this.setOpened(!this.opened))}
    </div>`;
  }

  private renderPanel(title: string, state: ChatState) {
    const result = this.configResult;
    return html`<section
      id="panel"
      class="panel"
      part="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="title"
      @keydown=${this.onPanelKeydown}
    >
      ${headerView(title, result.ok ? state.connection.state : null, () => this.setOpened(false))}
      <div class="body">${result.ok ? this.renderChat(state) : configErrorView(result.problems)}</div>
    </section>`;
  }

  private renderChat(state: ChatState) {
    const config = this.configResult.ok ? this.configResult.config : null;
    const session = this.sessions.session;
    if (!config || !session) return nothing;
    const retry = () => session.retry();
    const now = this.platform.scheduler.now();
    const waiting = state.connection.state === SocketState.Waiting;
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
          ${messageListView({ messages: state.messages, awaitingAnswer: isAwaitingAnswer(state), title: config.title }, retry, this.onLogScroll)}`}
      ${composerView(
        { draft: this.draft, disabled: false, maxChars: MAX_MESSAGE_CHARS },
        { onInput: (value) => (this.draft = value), onSend: () => this.sendDraft() },
      )}
    `;
  }

  private sendDraft(): void {
    if (!this.send(this.draft)) return;
    this.draft = '';
    this.followLog = true;
  }

  private stateChanged(state: ChatState, previous: ChatState): void {
    if (state.connection !== previous.connection && state.connection.state !== previous.connection.state) {
      const { state: s, attempt, nextDelayMs, problem } = state.connection;
      emit(this, EVENTS.connectionChange, { state: s, attempt, nextDelayMs, problem });
    }
    if (state.error && state.error !== previous.error) {
      emit(this, EVENTS.error, { kind: 'connection', message: state.error.message });
    }
    for (const message of state.messages) {
      if (message.role !== 'assistant' || message.streaming || message.seq === null) continue;
      const before = previous.messages.find((m) => m.key === message.key);
      if (before && !before.streaming && before.seq !== null) continue;
      emit(this, EVENTS.message, { id: message.id ?? message.key, content: message.content, sources: message.sources });
    }
  }

  private setOpened(opened: boolean): void {
    if (this.opened === opened) return;
    this.opened = opened;
    emit(this, opened ? EVENTS.open : EVENTS.close, {});
    void this.updateComplete.then(() => {
      if (opened) (this.input ?? this.renderRoot.querySelector<HTMLElement>('.panel button'))?.focus();
      else this.launcher?.focus();
    });
  }

  private onPanelKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.setOpened(false);
    }
  };

  private reportConfigProblems(problems: readonly ConfigProblem[]): void {
    const message = problems.map((p) => `${p.attribute}="${p.value}": ${p.message}`).join(' ');
    this.logger.error(`invalid configuration: ${message}`);
    emit(this, EVENTS.error, { kind: 'config', message, problems });
  }

  /**
   * `primary-color` → brand, hover and an AA-contrast text colour, set through the CSSOM.
   * The colour is normalised by a canvas, not getComputedStyle, so no style recalculation
   * happens between render and this (which would animate the launcher from the default).
   */
  private applyPalette(): void {
    const root = this.root;
    if (!root) return;
    const color = this.configResult.ok ? this.configResult.config.primaryColor : null;
    for (const name of ['--_primary', '--_on-primary', '--_primary-hover']) root.style.removeProperty(name);
    if (!color) return;
    const rgb = parseRgb(normaliseColor(color));
    const palette = rgb ? derivePalette(rgb) : { primary: color, onPrimary: '#ffffff', primaryHover: color };
    root.style.setProperty('--_primary', palette.primary);
    root.style.setProperty('--_on-primary', palette.onPrimary);
    root.style.setProperty('--_primary-hover', palette.primaryHover);
  }
}

/** Any CSS colour → `#rrggbb` or `rgba(…)` as the canvas spells it. */
function normaliseColor(color: string): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return color;
  context.fillStyle = '#000000';
  context.fillStyle = color;
  return String(context.fillStyle);
}
