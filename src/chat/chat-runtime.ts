/**
 * The chat, as the element gets it once the chunk has loaded: it adds the session, diagnostics,
 * page-lifecycle and ticker controllers to the element, renders the panel, and reports store
 * changes (as events of its own, and to the element for its attribute, badge and announcement).
 * The element never imports this statically: it arrives with the chunk (load-chat.ts).
 */
import type { TemplateResult } from 'lit';
import type { ChatConfig, ConfigResult, FrameConfig } from '../config/config.js';
import { resolveChatConfig } from '../config/resolve-chat-config.js';
import { consentView } from '../views/consent-view.js';
import { SiteLink } from './site-link.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { LogFollowController } from '../controllers/log-follow-controller.js';
import { PageLifecycleController } from '../controllers/page-lifecycle-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { TickerController } from '../controllers/ticker-controller.js';
import { createLogger } from '../log/logger.js';
import { SocketState } from '../protocol/connection.js';
import type { ChatState } from '../state/chat-state.js';
import { transitions, type Transitions } from '../state/transitions.js';
import { chatStyles } from '../styles/chat-styles.js';
import { answerClick } from '../views/answer-clicks.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { rendererFor } from '../views/markdown-view.js';
import { panelFrame, type FrameModel } from '../views/panel-frame.js';
import { chatPanelView, type ChatPanelHandlers } from '../views/panel.js';
import { ChatEvents } from './chat-events.js';
import { ComposerInput } from './composer-input.js';
import { OwnerChunk } from './owner-chunk.js';
import { PanelPresence } from './panel-presence.js';
import { PanelViewState } from './panel-view-state.js';
import type { ChatRuntimeOptions } from './runtime-options.js';

export class ChatRuntime {
  /** The chat's stylesheets, adopted next to the element's own. */
  readonly styles = chatStyles;
  private readonly chat: SessionController;
  /** The site owner's chunk: the `debug` view, and a broken configuration explained. */
  private readonly owner: OwnerChunk;
  private readonly events: ChatEvents;
  private readonly announcer: AnnouncerController;
  private readonly logFollow: LogFollowController;
  private config: ChatConfig | null = null;
  private configResult: ConfigResult = { ok: false, problems: [] };
  /** The visitor, context, token and consent the site gives, and the unread count it is told. */
  private readonly site: SiteLink;
  /** Made on the first render for this config, not on every frame of a streaming answer. */
  private renderer: MarkdownRenderer | null = null;
  /** What is drawn and how it is read: the visitor's view of the conversation. */
  private readonly view: PanelViewState;
  /** The composer's draft and send rate, and a message's way into the session. */
  private readonly input: ComposerInput;
  /** Where the panel sits on the page, and its closing animation. */
  private readonly presence: PanelPresence;

  constructor(private readonly options: ChatRuntimeOptions) {
    const { host, ports } = options;
    const logger = createLogger('miptech-chat', options.debug);
    this.events = new ChatEvents(host, options.t, (words) => this.announcer.say(words));
    this.owner = new OwnerChunk({ host, ports, logger, addWords: options.addWords });
    this.chat = new SessionController(host, ports, logger, (state, previous) => this.changed(transitions(state, previous)));
    this.site = new SiteLink(host, this.chat, ports, logger, () => this.forget());
    this.view = new PanelViewState(host, () => ports().storage());
    this.announcer = new AnnouncerController(host, options.t, options.title, options.panelShown, () => ports().scheduler, () => this.view.readAtEnd);
    this.logFollow = new LogFollowController(host, () => options.root()?.querySelector<HTMLElement>('.messages') ?? null, () => this.showEarlier());
    new PageLifecycleController(host, () => this.chat.session);
    this.presence = new PanelPresence(options);
    const [now, configOk] = [() => ports().scheduler.now(), () => this.configResult.ok];
    this.input = new ComposerInput(host, this.chat, now, configOk, options.t, () => this.logFollow.follow());
    new TickerController(host, () => options.panelShown() && this.chat.state.connection.state === SocketState.Waiting);
    // Blocks the parse budget left as text are parsed in the next frame.
    host.addController({ hostUpdated: () => this.renderer?.deferred && this.chat.requestRender() });
  }

  get state(): ChatState {
    return this.chat.state;
  }

  /** The panel closed, and is drawn until its closing animation ends. */
  get closing(): boolean {
    return this.presence.closing.closing;
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
      this.owner.with((owner) => this.configResult === result && owner.reportConfig(this.options.host, this.options.t(), result));
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
    this.focusOn();
  }

  /** `forget()` (here, or in another tab): a fresh start, consent asked again where the site requires it (the loader removed the keys). */
  forget(): void {
    this.input.draft.set('');
    this.view.reset();
    this.announcer.seen();
    this.site.forget();
    this.site.tellUnread(0);
  }

  /** The panel shows (again): connect, and run the diagnostics when `debug` asks for them. */
  shown(retest: boolean): void {
    this.announcer.seen();
    this.site.tellUnread(0);
    this.logFollow.follow();
    this.chat.connect();
    if (this.config?.debug) this.showDebug(retest);
  }

  /** Queues a message the element's `send()` checked and offered (composer-input.ts). */
  send(content: string): boolean {
    return this.input.queue(content);
  }

  retry(): void {
    this.chat.session?.retry();
  }

  clear(): void {
    this.view.reset();
    this.chat.session?.clear();
  }

  render(frame: FrameModel): TemplateResult {
    const { t } = frame;
    const config = this.config;
    if (!config) return panelFrame(frame, this.owner.configError(t, this.configResult, () => this.configure(this.configResult)));
    const session = this.chat.session;
    const state = this.chat.state;
    if (this.site.awaitingConsent) return panelFrame(frame, consentView(t, { notice: config.consentNotice, inline: !this.options.floating() }, this.acceptConsent, this.options.close));
    const onKeydown = (event: KeyboardEvent) => (this.presence.cover.onKeydown(event), frame.onKeydown(event));
    return chatPanelView(
      { ...frame, modal: this.presence.cover.modal, onKeydown },
      {
        greeting: config.greeting ?? t('defaultGreeting'),
        starterPrompts: config.starterPrompts,
        state,
        now: this.options.ports().scheduler.now(),
        draft: this.input.draft.text,
        cutPaste: this.input.draft.cutPaste,
        tooFast: this.input.draft.tooFast,
        readAtEnd: this.view.readAtEnd,
        shown: this.view.drawn,
        renderer: this.rendererFor(config),
        chosenVersions: this.view.chosenVersions,
        diagnostics: config.debug && session ? this.owner.debugView(t, config, session.sessionId, this.chat.storage, state, this.handlers.onRetest, this.chat.authToken, this.chat.sharing) : null,
      },
      this.handlers,
    );
  }

  /** Shows the `debug` view, loading the owner's chunk first if need be. */
  private readonly showDebug = (retest: boolean): void => this.owner.showDebug(() => this.config, retest, () => this.chat.authToken);

  /** The markdown renderer for this config, its parse budget started for this render. */
  private rendererFor(config: ChatConfig): MarkdownRenderer {
    this.renderer ??= rendererFor(config.imageOrigins, this.options.t());
    this.renderer.startFrame(() => this.options.ports().scheduler.now());
    return this.renderer;
  }

  /** Draws the next page of older messages above, keeping the visitor's place. */
  private showEarlier(): void {
    if (this.view.drawn >= this.chat.state.messages.length) return;
    this.logFollow.keepPlace();
    this.view.drawMore();
  }

  /**
   * Focus, once the panel has drawn what changed: a control that goes away when used (a chip,
   * Stop, the feedback form, Retry) leaves it on the composer, not on <body>; the thumbs-down, in the form it opens. */
  private readonly focusOn = (selector = '.composer textarea'): void =>
    void (this.options.host.requestUpdate(), this.options.host.updateComplete.then(() => this.options.root()?.querySelector<HTMLElement>(selector)?.focus()));

  /** The visitor accepted the consent notice: the chat starts, and the composer takes focus. */
  private readonly acceptConsent = (): void => (this.site.accept(), this.focusOn());

  private changed(changes: Transitions): void {
    this.events.changed(changes);
    this.announcer.changed(changes);
    this.site.tellUnread(this.announcer.unread);
    if (changes.connection) this.options.onConnection(changes.connection.state);
  }

  /** What the panel's controls do: made once, not per render. */
  private readonly handlers: ChatPanelHandlers = {
    onRetry: () => (this.retry(), this.focusOn()),
    onDiscard: (key) => this.chat.session?.discard(key),
    onReload: () => this.options.ports().reload(),
    onRetest: () => this.showDebug(true),
    onScroll: (event) => this.logFollow.onScroll(event),
    onShowEarlier: () => this.showEarlier(),
    onClick: (event) => void answerClick(this.options.t(), event, this.options.ports().clipboard()).then((said) => said && this.announcer.say(said)),
    onSuggestion: (text) => (this.focusOn(), this.input.submit(text)),
    // Thumbs up is sent at once; thumbs down after its comment form's Send or Skip (null).
    onFeedback: (key, rating) => (rating === 'down' ? (this.chat.session?.answers.openFeedbackForm(key), this.focusOn('.feedback-form textarea')) : void this.chat.session?.answers.rate(key, rating).then(this.events.feedback)),
    onFeedbackComment: (key, comment) => (this.focusOn(), void this.chat.session?.answers.rate(key, 'down', comment).then(this.events.feedback)),
    onRegenerate: (key) => (this.view.showNewest(this.chat.state.messages.find((m) => m.key === key)?.replyTo ?? null), void this.chat.session?.answers.regenerate(key)),
    onVersion: (replyTo, index) => this.view.chooseVersion(replyTo, index),
    onInput: (value, cutPaste) => (this.input.draft.input(value, cutPaste), this.options.host.requestUpdate()),
    onSend: () => {
      if (this.input.submit(this.input.draft.text)) this.input.draft.set('');
      this.options.host.requestUpdate();
    },
    onStop: () => (this.focusOn(), this.chat.session?.answers.stop()),
    onReadingToggle: () => this.view.toggleReading(),
  };
}
