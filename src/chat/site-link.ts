/**
 * What ties the session to the site that embeds the widget: who the visitor is (`visitor`),
 * what the visit is about (`context`), the site's token (`getAuthToken`), the visitor's consent
 * where the site requires it (given in any tab of the site), and the unread count the page is
 * told about. The session gets them as plain values and functions (SessionController); this
 * class reads the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatAttributes } from '../chat-attributes.js';
import { storageNamespace, type ChatConfig } from '../config/config.js';
import { contextPayload, visitorPayload } from '../config/visitor.js';
import type { SessionController } from '../controllers/session-controller.js';
import { EVENTS, emit } from '../events.js';
import type { Logger } from '../log/logger.js';
import { pageStorageChanges } from '../ports/page-events.js';
import type { BrowserPorts } from '../ports/ports.js';
import { keyIn } from '../ports/safe-storage.js';
import { CONSENT_KEY, Consent } from '../session/consent.js';

/**
 * The site links of this page: `forget()` in one instance ends the others of its tenant and
 * platform too (no `storage` event reaches the page that removed the keys). While one forgets,
 * the others do not tell it back.
 */
const onThisPage = new Set<SiteLink>();
let forgetting = false;

export class SiteLink implements ReactiveController {
  private readonly consent = new Consent();
  private unwatch: (() => void) | null = null;
  private config: ChatConfig | null = null;
  /** The unread count the page was last told (`miptech-unread-change`). */
  private toldUnread = 0;

  constructor(
    private readonly host: ReactiveControllerHost & ChatAttributes,
    private readonly session: SessionController,
    private readonly ports: () => BrowserPorts,
    private readonly logger: Logger,
    /**
     * Another tab or instance forgot this visitor, or withdrew consent: end everything here too (the
     * runtime's fresh start).
     */
    private readonly forgotten: () => void,
  ) {
    host.addController(this);
    session.onForgotten = () => this.forgotten();
  }

  /**
   * Consent given in another tab of the site ends the wait here too, and consent withdrawn there
   * (forget()) ends the chat here (the `storage` event).
   */
  hostConnected(): void {
    onThisPage.add(this);
    this.unwatch = (this.ports().storageChanges ?? pageStorageChanges)((key) => {
      const config = this.config;
      if (config?.consent !== 'required' || keyIn(storageNamespace(config), key) !== CONSENT_KEY) return;
      // Withdrawn there (forget()): everything here ends too, and the notice shows again.
      if (this.consent.accepted) {
        if (this.ports().storage()?.getItem(key) == null) this.forgotten();
        return;
      }
      this.consent.load(storageNamespace(config), this.ports());
      if (this.consent.accepted) this.accepted();
    });
  }

  hostDisconnected(): void {
    onThisPage.delete(this);
    this.unwatch?.();
    this.unwatch = null;
  }

  /** A new config, or none (broken): the stored consent is read for its tenant and platform. */
  configure(config: ChatConfig | null): void {
    if (config && (!this.config || storageNamespace(config) !== storageNamespace(this.config)))
      this.consent.load(storageNamespace(config), this.ports());
    this.config = config;
    this.identify();
  }

  /** `consent="required"` and the visitor has not accepted: the panel shows the notice, and there is no session. */
  get awaitingConsent(): boolean {
    return this.config?.consent === 'required' && !this.consent.accepted;
  }

  /**
   * The visitor, context or token function changed (or the config): the session follows. While
   * consent is awaited there is no session, so nothing is stored or sent.
   */
  identify(): void {
    const { host } = this;
    const context = () => {
      const { context, dropped } = contextPayload(host.context);
      if (dropped.length)
        this.logger.warn(`context: left out ${dropped.join(', ')} (not a flat string, number or boolean)`);
      return context;
    };
    this.session.configure(this.awaitingConsent ? null : this.config, {
      visitor: visitorPayload(host.visitor),
      context,
      getAuthToken: () => host.getAuthToken ?? null,
    });
  }

  /** The visitor accepted the notice: remembered for this tenant, and the chat starts. */
  accept(): void {
    this.consent.accept(new Date(this.ports().scheduler.now()));
    this.accepted();
    this.session.connect();
  }

  private accepted(): void {
    emit(this.host, EVENTS.consentChange, { accepted: true });
    this.identify();
    this.host.requestUpdate();
  }

  /**
   * `forget()`: the session ends, its storage goes (every visitor's, and the consent), and a fresh
   * one starts. The site's other tabs hear the keys go (the `storage` event) and do the same;
   * this page's other instances of the tenant are told here.
   */
  forget(): void {
    const asked = this.config?.consent === 'required' && this.consent.accepted;
    this.consent.reset();
    this.session.forget();
    this.identify();
    if (asked) emit(this.host, EVENTS.consentChange, { accepted: false });
    if (forgetting || !this.config) return;
    forgetting = true;
    const namespace = storageNamespace(this.config);
    try {
      for (const other of onThisPage) {
        if (other !== this && other.config && storageNamespace(other.config) === namespace) other.forgotten();
      }
    } finally {
      forgetting = false;
    }
  }

  /** `miptech-unread-change`, once per change of the count. */
  tellUnread(count: number): void {
    if (count === this.toldUnread) return;
    this.toldUnread = count;
    emit(this.host, EVENTS.unreadChange, { count });
  }
}
