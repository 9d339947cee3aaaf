/**
 * The element's public surface, declared: its attributes and reflected properties (its public
 * configuration, read in one place, `MiptechChat.willUpdate` → resolveConfig, never acted on
 * here), and, for the custom-elements manifest, its events, slots, CSS parts and custom properties.
 */
import { HostElement, type PropertyOptions } from './element/host-element.js';
import { PROMPT_SEPARATOR } from './config/config.js';
import type { Catalogue } from './i18n/strings.js';
import type { SocketState } from './protocol/connection.js';
import type { ChatContext, Visitor } from './config/visitor.js';

/** The properties that are not configuration: any other's change means resolving the configuration again. */
export const NOT_CONFIG: ReadonlySet<PropertyKey> = new Set([
  'open',
  'connectionState',
  'strings',
  'visitor',
  'context',
  'getAuthToken',
]);

/** `starter-prompts="A|B|C"` ⇄ `['A', 'B', 'C']`. */
const promptsConverter = {
  fromAttribute: (value: string | null) =>
    (value ?? '')
      .split(PROMPT_SEPARATOR)
      .map((p) => p.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(PROMPT_SEPARATOR),
};

/**
 * What `<miptech-chat>` offers a page, declared in one place: its attributes and properties, the
 * events it fires, its slots, and the parts and custom properties its styles offer. The element
 * itself, and its methods, are `MiptechChat`.
 *
 * @fires miptech-ready - The element is defined and rendered its launcher. detail: `{ version }`.
 * @fires miptech-open - The panel opened (launcher, `show()`, `toggle()`, the `open` property or attribute).
 * @fires miptech-close - The panel closed (close button, Escape, launcher, `hide()`, `open = false`).
 * @fires miptech-message-send - The visitor is about to send a message; cancelable. detail: `{ text }`.
 * @fires miptech-message - A complete answer arrived. detail: `{ id, content, sources }`.
 * @fires miptech-connection-change - The connection state changed. detail: `{ state, attempt,
 *   nextDelayMs, problem, protocol }` (`protocol`: `guide` or `realtime`, as the platform spoke on
 *   the last connection that opened).
 * @fires miptech-error - A configuration, connection or send problem. detail: `{ kind, message, problems? }`.
 * @fires miptech-feedback - The visitor rated an answer. detail: `{ messageId, rating, comment? }`.
 * @fires miptech-unread-change - The number of answers the visitor has not seen changed. detail: `{ count }`.
 * @fires miptech-consent-change - The visitor accepted the `consent` notice (or `forget()`
 *   withdrew it). detail: `{ accepted }`.
 *
 * @slot launcher - The launcher button's icon (the button itself stays, with its name and badge).
 * @slot header-actions - Buttons of yours in the panel's header, before the close button.
 * @slot empty - Shown in an empty conversation, above the starter prompts (a welcome, links, hours).
 * @slot consent - The notice `consent="required"` shows (rich text of yours; else `consent-notice`).
 *
 * @csspart launcher - The round button that opens and closes the panel.
 * @csspart panel - The chat panel (a labelled dialog).
 * @csspart header - The panel's title bar.
 * @csspart ai-label - The label under the title that says the assistant is an AI.
 * @csspart messages - The scrolling conversation log.
 * @csspart message - Every message.
 * @csspart message-user - The visitor's messages.
 * @csspart message-assistant - The assistant's answers (and its greeting).
 * @csspart message-system - Notes from the widget in the conversation.
 * @csspart composer - The form holding the input and send button.
 * @csspart input - The message textarea.
 * @csspart send-button - The send button.
 * @csspart status - Connection status line and error notices.
 * @csspart badge - The unread counter on the launcher.
 * @csspart suggestions - Starter prompts and follow-up suggestions.
 * @csspart consent - The notice `consent="required"` shows, with Accept and No thanks.
 *
 * @cssprop --miptech-chat-primary - Brand colour (the `primary-color` attribute wins over it).
 * @cssprop --miptech-chat-on-primary - Text colour on the brand colour.
 * @cssprop --miptech-chat-primary-hover - Brand colour on hover.
 * @cssprop --miptech-chat-font-family - Font of the whole widget (the host page's font does not leak in).
 * @cssprop --miptech-chat-font-size - Base font size, default 0.875em of the visitor's default size (14px at 16px).
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
export class ChatAttributes extends HostElement {
  // Declared without decorators: the loader carries no decorator code (every byte is the host page's).
  // Unset properties are undefined (`declare`: no initialiser code in the loader either).
  static override properties: Record<string, PropertyOptions> = {
    tenantId: { attribute: 'tenant-id' },
    apiUrl: { attribute: 'api-url' },
    wsUrl: { attribute: 'ws-url' },
    heading: {},
    position: {},
    theme: {},
    primaryColor: { attribute: 'primary-color' },
    debug: { type: Boolean },
    mode: {},
    greeting: {},
    starterPrompts: { attribute: 'starter-prompts', converter: promptsConverter },
    imageOrigins: { attribute: 'image-origins' },
    pageUrl: { attribute: 'page-url' },
    launcher: {},
    prefetch: {},
    consent: {},
    consentNotice: { attribute: 'consent-notice' },
    protocol: {},
    visitor: { attribute: false },
    context: { attribute: false },
    getAuthToken: { attribute: false },
    connectionState: { attribute: 'connection-state', reflect: true },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** The platform tenant. Default `miptech-company`. Sent as `X-Tenant-ID` on every request. */
  declare tenantId?: string | null;
  /** REST root (`{api-url}/api/v1`). Default: the origin this script came from, else `http://localhost:8000`. */
  declare apiUrl?: string | null;
  /** WebSocket root. Default: `api-url` with http→ws, https→wss. */
  declare wsUrl?: string | null;
  /**
   * The assistant's name: the panel's heading and the launcher's label ("Open …"). Default
   * "MIPTech AI Assistant", in the visitor's language. (Not `title`: that is every element's
   * tooltip attribute, which a page may set for its own reasons.)
   */
  declare heading?: string | null;
  /** `bottom-right` (default) or `bottom-left`. */
  declare position?: string | null;
  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting, live). */
  declare theme?: string | null;
  /** Brand colour, any CSS colour. Text on it is chosen for WCAG AA contrast. */
  declare primaryColor?: string | null;
  /** Shows the connection diagnostics in the panel and logs to the console. */
  debug = false;
  /** `floating` (default: launcher and panel in a corner) or `inline` (the chat in the page's flow). */
  declare mode?: string | null;
  /** The assistant's first words (markdown, shown locally). `greeting=""` shows none. */
  declare greeting?: string | null;
  /** Questions offered on an empty conversation; attribute: `starter-prompts="A|B|C"`. */
  declare starterPrompts?: string[];
  /**
   * Where answer images may load from: origins separated by spaces, or `none`. Default: the
   * platform's origin (`api-url`'s). Images elsewhere show as links. These origins must not
   * redirect to others; images never send the page's address (`referrerpolicy="no-referrer"`).
   */
  declare imageOrigins?: string | null;
  /**
   * How much of the page's address the platform is told: `path` (default: origin and path) or
   * `full` (with the query string). The fragment is never sent: it often holds tokens.
   */
  declare pageUrl?: string | null;
  /**
   * `default` (the round button) or `none`: the page's own button calls `show()`. The `launcher` slot
   * replaces the button's icon.
   */
  declare launcher?: string | null;
  /**
   * `idle` (default): once the page has loaded and the browser is idle, the chat is fetched at low
   * priority, not run, so the first open is quick; never for a visitor saving data, nor before a
   * required consent is given. `intent`: the chat is fetched only when the visitor reaches for it.
   */
  declare prefetch?: string | null;
  /**
   * `required`: before anything is stored or sent, the panel shows the owner's notice (the
   * `consent` slot, else `consent-notice`, else the catalogue's), and the chat starts only once
   * the visitor accepts. The choice is remembered for this tenant (README: Consent).
   */
  declare consent?: string | null;
  /** The notice `consent="required"` shows, as plain text (a `consent` slot wins over it). */
  declare consentNotice?: string | null;
  /**
   * The platform's protocol: `auto` (the default) finds out on each connection and remembers it
   * for the platform; `guide` (the integration guide's: `auth`, REST) or `realtime` (MIPTech
   * Realtime: `join_chat`, questions over the socket) pins it (docs/protocol.md, "Dialects").
   */
  declare protocol?: string | null;
  /**
   * Who the visitor is on your site, or null when anonymous (a property only): `{ id, name?,
   * email?, hash? }`, with `hash` the HMAC-SHA256 of `id` under your tenant's identity secret,
   * computed on your server. Each visitor has a conversation of their own; a verified one gets it
   * back on any device. Set it to another person or to null (logout) and the previous person's
   * conversation is gone from the panel at once.
   */
  declare visitor?: Visitor | null;
  /**
   * Facts about the visit the platform may use (a plan, a cart value): a flat object of strings,
   * numbers and booleans, merged into the chat's `context`; set it again to update it. A property
   * only.
   */
  declare context?: ChatContext | null;
  /**
   * Where the platform needs a token: a function that resolves to one. It is called before the
   * first request and again when the platform refuses the token (401, close code 4001). The token
   * goes in `Authorization: Bearer` and in the `auth` frame; it is never stored. A property only.
   */
  declare getAuthToken?: (() => Promise<string>) | null;
  /**
   * The connection's state, reflected for the host page's CSS and scripts: `idle`, `connecting`,
   * `open`, `waiting`, `suspended` or `closed`. Read-only: setting it changes nothing.
   */
  connectionState: SocketState = 'idle';
  /**
   * The owner's words for this element, whatever its language: any key of the string catalogue,
   * such as `{ messagePlaceholder: 'Ask us anything…' }` (README: Languages). A property only.
   */
  declare strings?: Partial<Catalogue> | null;
  /**
   * Whether the panel is open, as on `<dialog>`: set it, or the attribute, or call `show()`,
   * `hide()` or `toggle()`; it reflects the panel's state. Ignored in `mode="inline"`.
   */
  open = false;
}
