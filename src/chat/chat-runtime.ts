/**
 * The chat, as the element gets it once the chunk has loaded: it adds the session, diagnostics,
 * page-lifecycle and ticker controllers to the element, renders the panel, and reports store
 * changes (as events of its own, and to the element for its attribute, badge and announcement).
 * The element never imports this statically: it arrives with the chunk (load-chat.ts).
 */
import type { TemplateResult } from 'lit';
import type { ChatConfig, ConfigResult, FrameConfig } from '../config/config.js';
import { resolveChatConfig } from '../config/resolve-chat-config.js';
import { SiteLink } from './site-link.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { LogFollowController } from '../controllers/log-follow-controller.js';
import { PageLifecycleController } from '../controllers/page-lifecycle-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { TickerController } from '../controllers/ticker-controller.js';
import { createLogger } from '../log/logger.js';
import { afterPaint } from '../ports/after-paint.js';
import { SocketState } from '../protocol/connection.js';
import type { ChatState } from '../state/chat-state.js';
import { transitions, type Transitions } from '../state/transitions.js';
import { chatStyles } from '../styles/chat-styles.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { rendererFor } from '../views/markdown-view.js';
import type { ChatPanelHandlers } from '../views/panel.js';
import type { LoaderFrame } from '../views/root-view.js';
import { ChatEvents } from './chat-events.js';
import { ComposerInput } from './composer-input.js';
import { OwnerChunk } from './owner-chunk.js';
import { focusAfterRender, panelHandlers, type PanelParts } from './panel-handlers.js';
import { PanelPresence } from './panel-presence.js';
import { renderPanel, type RenderParts } from './panel-render.js';
import { PanelViewState } from './panel-view-state.js';
import type { ChatRuntimeOptions } from './runtime-options.js';

export class ChatRuntime implements PanelParts, RenderParts {
  /** The chat's stylesheets, adopted next to the element's own. */
  readonly styles = chatStyles;
  /** The session for the current configuration, tied to the element's lifecycle. */
  readonly sessions: SessionController;
  /** The site owner's chunk: the `debug` view, and a broken configuration explained. */
  readonly owner: OwnerChunk;
  readonly events: ChatEvents;
  readonly announcer: AnnouncerController;
  readonly logFollow: LogFollowController;
  private config: ChatConfig | null = null;
  private configResult: ConfigResult = { ok: false, problems: [] };
  /** The visitor, context, token and consent the site gives, and the unread count it is told. */
  readonly site: SiteLink;
  /** Made on the first render for this config, not on every frame of a streaming answer. */
  private renderer: MarkdownRenderer | null = null;
  /** What is drawn and how it is read: the visitor's view of the conversation. */
  readonly view: PanelViewState;
  /** The composer's draft and send rate, and a message's way into the session. */
  readonly input: ComposerInput;
  /** What the panel's controls do (panel-handlers.ts). */
  readonly handlers: ChatPanelHandlers;
  /** Where the panel sits on the page, when it is drawn while closed (ahead, and closing). */
  readonly presence: PanelPresence;
  /** Where focus goes as the panel opens and closes; Escape closes a floating panel. */
  readonly panelFocus: FocusController;

  constructor(readonly options: ChatRuntimeOptions) {
    const { host, ports } = options;
    const logger = createLogger('miptech-chat', options.debug);
    this.events = new ChatEvents(host, options.t, (words) => this.announcer.say(words));
    this.owner = new OwnerChunk({ host, ports, logger, addWords: options.addWords });
    this.sessions = new SessionController(host, ports, logger, (state, previous) =>
      this.changed(transitions(state, previous)),
    );
    this.site = new SiteLink(host, this.sessions, ports, logger, () => this.forget());
    this.view = new PanelViewState(host, () => ports().storage());
    this.announcer = new AnnouncerController(
      host,
      options.t,
      options.title,
      options.panelShown,
      () => ports().scheduler,
      () => this.view.readAtEnd,
    );
    const log = () => options.root()?.querySelector<HTMLElement>('.messages') ?? null;
    this.logFollow = new LogFollowController(host, log, () => this.handlers.onShowEarlier());
    new PageLifecycleController(host, () => this.sessions.session);
    this.presence = new PanelPresence(options, () => this.sessions.state.connection.state === SocketState.Idle);
    const [now, configOk] = [() => ports().scheduler.now(), () => this.configResult.ok];
    this.input = new ComposerInput(host, this.sessions, now, configOk, options.t, () => this.logFollow.follow());
    const waiting = () => this.sessions.state.connection.state === SocketState.Waiting;
    new TickerController(host, () => options.panelShown() && waiting());
    this.handlers = panelHandlers(this);
    const query = (selector: string) => host.renderRoot.querySelector<HTMLElement>(selector);
    this.panelFocus = new FocusController(host, query, () => options.floating() && options.close());
    // Blocks the parse budget left as text are parsed in the next frame.
    host.addController({ hostUpdated: () => this.renderer?.deferred && this.sessions.requestRender() });
  }

  get state(): ChatState {
    return this.sessions.state;
  }

  /** The panel is drawn while closed: ahead of its first showing, or until its closing animation ends. */
  get drawnClosed(): boolean {
    return this.presence.closed.drawn;
  }

  /** Answers that arrived while the panel was closed. */
  get unread(): number {
    return this.announcer.unread;
  }

  /** Read once by screen readers when an answer completes (never per token). */
  get announcement(): string {
    return this.announcer.announcement;
  }

  /** The whole configuration: the loader's, and the chat's own attributes. */
  get configuration(): ConfigResult {
    return this.configResult;
  }

  /**
   * A new configuration (the loader's part; the chat resolves its own attributes on top); a
   * broken one ends the session and is explained (panel, event, console).
   */
  configure(frame: ConfigResult<FrameConfig>): void {
    const result = resolveChatConfig(this.options.host, frame);
    const config = result.ok ? result.config : null;
    this.configResult = result;
    if ((result.ok ? result.warnings : result.problems).length) {
      this.owner.with(
        (owner) => this.configResult === result && owner.reportConfig(this.options.host, this.options.t(), result),
      );
    }
    this.config = config;
    this.renderer = null;
    this.site.configure(config);
  }

  /** The visitor, context or token function changed: the session follows. */
  readonly identify = (): void => this.site.identify();

  /** `show({ draft })`: the composer holds the text, unsent, and takes focus. */
  prefill(draft: string): void {
    this.input.draft.set(draft);
    focusAfterRender(this.options);
  }

  /**
   * `forget()` (here, or in another tab): a fresh start, consent asked again where the site requires
   * it (the loader removed the keys).
   */
  forget(): void {
    this.input.draft.set('');
    this.view.reset();
    this.announcer.seen();
    this.site.forget();
    this.site.tellUnread(0);
  }

  /** The panel shows (again): connect once it is drawn, and run the diagnostics when `debug` asks for them. */
  shown(retest: boolean): void {
    this.announcer.seen();
    this.site.tellUnread(0);
    this.logFollow.follow();
    // Once the panel has painted: the tab election and the socket's set-up never hold up the composer.
    afterPaint(this.options.ports(), () => this.sessions.connect());
    if (this.config?.debug) this.showDebug(retest);
  }

  /** Queues a message the element's `send()` checked and offered (composer-input.ts). */
  send(content: string): boolean {
    return this.input.queue(content);
  }

  retry(): void {
    this.sessions.session?.retry();
  }

  clear(): void {
    this.view.reset();
    this.sessions.session?.clear();
  }

  /** The panel, as a template the chat's renderer draws (panel-render.ts). */
  render(model: LoaderFrame): TemplateResult {
    return renderPanel(this, { ...model, onKeydown: this.panelFocus.onKeydown });
  }

  /** Runs the `debug` view's connection test again. */
  readonly retest = (): void => this.showDebug(true);

  /** Shows the `debug` view, loading the owner's chunk first if need be. */
  private showDebug(retest: boolean): void {
    this.owner.showDebug(
      () => this.config,
      retest,
      () => this.sessions.authToken,
    );
  }

  /** The markdown renderer for this config, its parse budget started for this render. */
  markdownFor(config: ChatConfig): MarkdownRenderer {
    this.renderer ??= rendererFor(config.imageOrigins, this.options.t());
    this.renderer.startFrame(() => this.options.ports().scheduler.now());
    return this.renderer;
  }

  /** Retry on a broken configuration's notice, once the owner's chunk could not be fetched. */
  readonly reconfigure = (): void => this.configure(this.configResult);

  /** The visitor accepted the consent notice: the chat starts, and the composer takes focus. */
  readonly acceptConsent = (): void => {
    this.site.accept();
    focusAfterRender(this.options);
  };

  private changed(changes: Transitions): void {
    this.events.changed(changes);
    this.announcer.changed(changes);
    this.site.tellUnread(this.announcer.unread);
    if (changes.connection) this.options.onConnection(changes.connection.state);
  }
}
