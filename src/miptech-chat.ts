import type { ChatRuntime } from './chat/chat-runtime.js';
import { ChatAttributes, NOT_CONFIG } from './chat-attributes.js';
import type { PropertyValues } from './element/host-element.js';
import { siteFault, storageNamespace, type ConfigResult, type FrameConfig } from './config/config.js';
import { resolveConfig } from './config/resolve-config.js';
import { pageEnvironment } from './config/script-origin.js';
import { ChunkController, ChunkState } from './controllers/chunk-controller.js';
import { whenPageIdle } from './controllers/idle-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { ThemeController } from './controllers/theme-controller.js';
import { EVENTS, emit } from './events.js';
import { registerStrings } from './i18n/registry.js';
import { loadChat, prefetchChat, type ChatModule } from './load-chat.js';
import { browserPorts } from './ports/browser-ports.js';
import type { BrowserPorts } from './ports/ports.js';
import { forgetStored } from './ports/safe-storage.js';
import { offerMessage } from './offer-message.js';
import { SEND_BURST } from './state/send-pace.js';
import { VERSION } from './version.js';
import { adoptSheets } from './styles/sheet.js';
import { styles } from './styles/index.js';
import { rootView } from './views/root-view.js';

/**
 * MIPTech's AI website assistant: a launcher button and a chat panel, configured with
 * attributes. Paste the script tag, add `<miptech-chat tenant-id="…">`, done.
 *
 * @tag miptech-chat
 *
 * What it offers a page besides its methods (its attributes, events, slots, CSS parts and custom
 * properties) is declared on ChatAttributes (chat-attributes.ts).
 */
export class MiptechChat extends ChatAttributes {
  static override styles = styles;
  /** Adds words for a language (`'it'`, `'pt-BR'`…): a whole catalogue, or a few keys to replace. */
  static registerStrings = registerStrings;

  /** What the widget takes from the browser; tests replace parts of it before connecting. */
  ports: BrowserPorts = browserPorts();

  private resolveReady!: () => void;
  /** Resolves once the element has rendered for the first time. */
  readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));

  private configResult: ConfigResult<FrameConfig> = { ok: false, problems: [] };
  /** The chat, once its chunk has arrived. */
  private runtime: ChatRuntime | null = null;
  /** The chat's renderer of its panel (Lit arrives with it). */
  private drawPanel: ChatModule['drawPanel'] | null = null;
  /** Language, direction and words: the loader's at once, the chat's when it arrives. */
  private readonly locale = new LocaleController(this);
  private readonly chunk = new ChunkController<ChatModule>(
    this,
    (n) => loadChat(n).then((m) => this.locale.addPart(m.chatWords).then(() => m)),
    (module) => this.attach(module),
    (e) => this.debug && console.error('[miptech-chat] the chat could not be loaded', e),
  );
  /** The panel was opened before the chat arrived: focus goes into it when it does. */
  private focusDue = false;
  private readonly colors = new ThemeController(
    this,
    () => this.ports.matchMedia,
    () => this.root,
    () => (this.configResult.ok ? this.configResult.config.primaryColor : null),
  );

  constructor() {
    super();
    // Once the page is idle, the chat is fetched (not run) ahead of intent, where allowed.
    whenPageIdle(this, {
      chunkIdle: () => this.chunk.state === ChunkState.Idle,
      prefetch: prefetchChat,
      unsentFound: () => this.chunk.request(),
    });
  }

  /** The resolved configuration (the chat's attributes too, once it has loaded), or the list of attribute problems. */
  get configuration(): ConfigResult<FrameConfig> {
    return this.runtime?.configuration ?? this.configResult;
  }

  /** Answers that arrived while the panel was closed (`miptech-unread-change` says when it changes). */
  get unreadCount(): number {
    return this.runtime?.unread ?? 0;
  }

  /**
   * Opens the panel (and connects, the first time). `draft` fills the composer without sending:
   * the visitor reads it, edits it and sends it themselves.
   */
  show(options?: { draft?: string }): void {
    const draft = options?.draft;
    if (typeof draft === 'string') this.chunk.later(() => this.runtime?.prefill(draft));
    this.open = true;
  }

  /** Closes the panel; the conversation and connection are kept. */
  hide(): void {
    this.open = false;
  }

  /** Opens the panel if it is closed, and closes it if it is open. */
  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Sends a message as if the visitor typed it (fires the cancelable `miptech-message-send`).
   * Returns false when nothing was sent: empty, too long, cancelled, too fast, or a broken config.
   */
  send(text: string): boolean {
    // Checked, then offered to the page (`miptech-message-send` is cancelable).
    const content = offerMessage(this, text, this.configResult.ok, this.locale.t);
    if (content === null) return false;
    if (this.runtime) return this.runtime.send(content);
    // Before the chat arrives, as many as its send rate lets through at once.
    return this.chunk.laterUpTo(SEND_BURST, () => this.runtime?.send(content));
  }

  /** Reconnects now and resends every message that failed (or fetches the chat again). */
  retry(): void {
    if (this.runtime) this.runtime.retry();
    else this.chunk.request();
  }

  /** Starts a new conversation (the old one stays on the platform). */
  clear(): void {
    this.runtime?.clear();
  }

  /**
   * Deletes everything the widget stored in this browser for this tenant and platform (every
   * visitor's ids, unsent messages, consent) and starts fresh: for logout and privacy requests.
   */
  forget(): void {
    if (this.configResult.ok) forgetStored(this.ports, storageNamespace(this.configResult.config));
    this.runtime?.forget();
  }

  private get root(): HTMLElement | null {
    return this.view.root.parentNode ? this.view.root : null;
  }

  private get inline(): boolean {
    return this.configResult.ok && this.configResult.config.mode === 'inline';
  }
  /** The assistant's name: the owner's `heading`, else the catalogue's. */
  private get assistantName(): string {
    return (this.configResult.ok && this.configResult.config.heading) || this.locale.t('defaultTitle');
  }

  protected override willUpdate(changed: PropertyValues): void {
    const configChanged = [...changed.keys()].some((p) => !NOT_CONFIG.has(p)) || !this.hasUpdated;
    if (configChanged) this.resolveConfiguration();
    if (changed.has('strings')) this.locale.refresh(false);
    if (changed.has('visitor') || changed.has('context') || changed.has('getAuthToken')) this.runtime?.identify();
    // Opened or closed, by a method, the property or the attribute (a framework sets `open`).
    if (changed.has('open') && this.hasUpdated && !this.inline) {
      emit(this, this.open ? EVENTS.open : EVENTS.close, {});
      if (this.runtime) this.runtime.panelFocus.toggled(this.open);
      else this.focusDue = this.open;
    }
    // The panel shows (again): fetch the chat, connect and test here, so it renders in this update.
    if (!(this.open || this.inline) || !this.configResult.ok || !(configChanged || changed.has('open'))) return;
    this.chunk.request();
    this.runtime?.shown(changed.has('debug'));
  }

  private resolveConfiguration(): void {
    const result = (this.configResult = resolveConfig(this, pageEnvironment()));
    this.runtime?.configure(result);
    // The chat explains problems (its words do not weigh on every page).
    if (!result.ok || result.warnings.length) this.chunk.request();
  }

  /** The chunk arrived: the chat takes over the panel, and what waited for it goes. */
  private attach({ ChatRuntime, drawPanel }: ChatModule): void {
    const runtime = new ChatRuntime({
      host: this,
      ports: () => this.ports,
      debug: () => this.debug,
      t: () => this.locale.t,
      panelShown: () => this.open || this.inline,
      floating: () => !this.inline,
      root: () => this.root,
      title: () => this.assistantName,
      onConnection: (state) => (this.connectionState = state),
      addWords: (part) => this.locale.addPart(part),
      close: this.closePanel,
    });
    this.runtime = runtime;
    this.drawPanel = drawPanel;
    adoptSheets(this.renderRoot, runtime.styles);
    runtime.configure(this.configResult);
    if (this.open || this.inline) runtime.shown(false);
    if (this.open && this.focusDue) runtime.panelFocus.toggled(true);
  }

  protected override firstUpdated(): void {
    emit(this, EVENTS.ready, { version: VERSION });
    this.resolveReady();
  }

  /** The launcher, the stand-in and the status region (root-view.ts); the chat draws its own panel. */
  private readonly view = rootView(this, {
    onToggle: () => this.toggle(),
    // The pointer or focus arriving at the launcher fetches the chat ahead of the click.
    onIntent: () => this.configResult.ok && this.chunk.request(),
    onClose: () => this.hide(),
    onRetry: () => this.chunk.request(),
  });

  protected override draw(): void {
    const { configResult: result, runtime, locale } = this;
    if (!this.view.root.parentNode) this.renderRoot.append(this.view.root);
    this.view.draw({
      frame: { t: locale.t, title: this.assistantName, inline: this.inline, onClose: this.closePanel },
      config: result.ok ? result.config : null,
      open: this.open,
      prefersDark: this.colors.prefersDark,
      lang: locale.lang,
      dir: locale.dir,
      hasProblem: siteFault(runtime?.configuration ?? result, runtime?.state.error?.problem),
      chat: runtime,
      chunkFailed: this.chunk.state === ChunkState.Failed,
      drawChat: this.drawPanel,
    });
  }

  private readonly closePanel = () => this.hide();
}
