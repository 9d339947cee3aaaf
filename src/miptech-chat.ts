import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { CONFIG_PROPERTIES, ChatAttributes } from './chat-attributes.js';
import type { ConfigResult } from './config/config.js';
import { resolveConfig } from './config/resolve-config.js';
import { pageEnvironment } from './config/script-origin.js';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { DiagnosticsController } from './controllers/diagnostics-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { PageLifecycleController } from './controllers/page-lifecycle-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { ThemeController } from './controllers/theme-controller.js';
import { TickerController } from './controllers/ticker-controller.js';
import { ViewportController } from './controllers/viewport-controller.js';
import { HostEvents } from './host-events.js';
import { createTerm, type Term } from './i18n/term.js';
import { createLogger } from './log/logger.js';
import { browserPorts } from './ports/browser-ports.js';
import type { BrowserPorts } from './ports/ports.js';
import { SocketState } from './protocol/connection.js';
import { checkMessage } from './state/message-limit.js';
import { transitions, type Transitions } from './state/transitions.js';
import { styles } from './styles/index.js';
import { copyCodeFromClick } from './views/copy-code.js';
import { launcherView } from './views/launcher.js';
import { rendererFor } from './views/markdown-view.js';
import { panelView, type PanelHandlers } from './views/panel.js';

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
 * @cssprop --miptech-chat-danger - Colour of errors and the unread badge.
 * @cssprop --miptech-chat-danger-background - Background of error notices.
 * @cssprop --miptech-chat-shadow - Shadow of the panel and launcher.
 * @cssprop --miptech-chat-inline-height - Height of the chat in `mode="inline"`, default 560px.
 */
export class MiptechChat extends ChatAttributes {
  static override styles = styles;

  /** What the widget takes from the browser; tests replace parts of it before connecting. */
  ports: BrowserPorts = browserPorts();

  private resolveReady!: () => void;
  /** Resolves once the element has rendered for the first time. */
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  @state() private draft = '';
  @query('.root') private root!: HTMLElement | null;
  private configResult: ConfigResult = { ok: false, problems: [] };
  private readonly t: Term = createTerm();
  private readonly logger = createLogger('miptech-chat', () => this.debug);
  private readonly events = new HostEvents(this, () => this.t);
  private readonly chat = new SessionController(this, () => this.ports, this.logger, (s, p) => this.stateChanged(transitions(s, p)));
  private readonly diagnostics = new DiagnosticsController(this, () => this.ports, this.logger.child('diagnostics'));
  private readonly panelFocus = new FocusController(this, (selector) => this.renderRoot.querySelector<HTMLElement>(selector), () => !this.inline && this.close());
  private readonly announcer = new AnnouncerController(this, () => this.t, () => this.heading, () => this.opened || this.inline);
  private readonly colors = new ThemeController(this, () => this.ports.matchMedia, () => this.root, () => (this.configResult.ok ? this.configResult.config.primaryColor : null));

  constructor() {
    super();
    new ViewportController(this, () => this.opened && !this.inline, () => this.root);
    new PageLifecycleController(this, () => this.chat.session);
    new TickerController(this, () => this.opened && this.chat.state.connection.state === SocketState.Waiting);
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
    const checked = checkMessage(text);
    if (!checked.ok) {
      if (checked.problem === 'too-long') this.events.tooLong();
      return false;
    }
    if (!this.configResult.ok || !this.events.sending(checked.content)) return false;
    if (!this.chat.connect()?.send(checked.content)) return false;
    this.panelFocus.follow();
    return true;
  }

  /** Reconnects now and resends every message that failed. */
  retry(): void {
    this.chat.session?.retry();
  }

  /** Starts a new conversation (the old one stays on the platform). */
  clear(): void {
    this.chat.session?.clear();
  }

  private get inline(): boolean {
    return this.configResult.ok && this.configResult.config.mode === 'inline';
  }

  /** The assistant's name: the owner's title, else the catalogue's. */
  private get heading(): string {
    return (this.configResult.ok && this.configResult.config.title) || this.t('defaultTitle');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = CONFIG_PROPERTIES.some((p) => changed.has(p)) || !this.hasUpdated;
    if (configChanged) this.resolveConfiguration();
    // The panel shows (again): connect and test here, so what that produces renders in this update.
    if (!(this.opened || this.inline) || !this.configResult.ok || !(configChanged || changed.has('opened'))) return;
    this.chat.connect();
    this.announcer.seen();
    if (this.debug && (!this.diagnostics.ran || changed.has('debug'))) void this.diagnostics.test(this.configResult.config);
  }

  private resolveConfiguration(): void {
    this.configResult = resolveConfig(this, pageEnvironment());
    if (this.configResult.ok) {
      this.chat.configure(this.configResult.config);
    } else {
      this.chat.configure(null);
      this.logger.error(`invalid configuration: ${this.events.configProblems(this.configResult.problems)}`);
    }
  }

  protected override firstUpdated(): void {
    this.events.ready();
    this.resolveReady();
  }

  protected override render() {
    const result = this.configResult;
    const config = result.ok ? result.config : null;
    const theme = config?.theme === 'auto' ? (this.colors.prefersDark ? 'dark' : 'light') : (config?.theme ?? 'light');
    const classes = `root ${config?.position ?? 'bottom-right'} ${theme} ${this.inline ? 'inline' : 'floating'} ${this.opened ? 'open' : ''}`;
    const hasProblem = !result.ok || this.chat.state.error !== null;
    return html`<div class=${classes} title="">
      ${this.opened || this.inline ? this.renderPanel() : nothing}
      ${this.inline ? nothing : launcherView(this.t, { opened: this.opened, title: this.heading, hasProblem, unread: this.announcer.unread }, () => this.toggle())}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.announcement}</div>
    </div>`;
  }

  private renderPanel() {
    const { t, configResult: config, chat } = this;
    const ok = config.ok ? config.config : null;
    return panelView(
      {
        t,
        title: this.heading,
        greeting: ok?.greeting ?? t('defaultGreeting'),
        starterPrompts: ok?.starterPrompts ?? [],
        inline: this.inline,
        config,
        state: chat.state,
        now: this.ports.scheduler.now(),
        draft: this.draft,
        renderer: rendererFor(ok?.apiUrl ?? 'http://localhost', t),
        diagnostics: ok?.debug && chat.session ? this.diagnostics.model(ok, chat.session.sessionId, chat.storage, chat.state) : null,
      },
      this.panelHandlers,
    );
  }

  /** What the panel's controls do: made once, not per render. */
  private readonly panelHandlers: PanelHandlers = {
    onClose: () => this.close(),
    onKeydown: (event) => this.panelFocus.onKeydown(event),
    onRetry: () => this.retry(),
    onReload: () => this.ports.reload(),
    onRetest: () => this.configResult.ok && void this.diagnostics.test(this.configResult.config),
    onScroll: (event) => this.panelFocus.onScroll(event),
    onClick: (event) => void copyCodeFromClick(this.t, event, this.ports.clipboard()),
    onSuggestion: (text) => this.send(text),
    // Thumbs up is sent at once; thumbs down after its comment form's Send or Skip (null).
    onFeedback: (key, rating) => (rating === 'down' ? this.chat.session?.answers.openFeedbackForm(key) : void this.chat.session?.answers.rate(key, rating).then(this.events.feedback)),
    onFeedbackComment: (key, comment) => void this.chat.session?.answers.rate(key, 'down', comment).then(this.events.feedback),
    onRegenerate: (key) => void this.chat.session?.answers.regenerate(key),
    onInput: (value) => (this.draft = value),
    onSend: () => this.send(this.draft) && (this.draft = ''),
    onStop: () => this.chat.session?.answers.stop(),
  };

  private stateChanged(changes: Transitions): void {
    if (changes.connection) this.connectionState = changes.connection.state;
    this.events.changed(changes);
    this.announcer.changed(changes);
  }

  private setOpened(opened: boolean): void {
    if (this.opened === opened || this.inline) return;
    this.opened = opened;
    this.events.toggled(opened);
    this.panelFocus.toggled(opened);
  }
}
