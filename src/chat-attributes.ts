/**
 * The element's attributes and reflected properties: its public configuration. Read in one
 * place (`MiptechChat.willUpdate` → resolveConfig), never acted on here.
 */
import { LitElement } from 'lit';
import { PROMPT_SEPARATOR } from './config/config.js';
import type { Catalogue } from './i18n/strings.js';
import type { SocketState } from './protocol/connection.js';

/** The properties whose change means resolving the configuration again. */
export const CONFIG_PROPERTIES = ['tenantId', 'apiUrl', 'wsUrl', 'heading', 'position', 'theme', 'primaryColor', 'debug', 'mode', 'greeting', 'starterPrompts', 'imageOrigins', 'pageUrl'] as const;

/** `starter-prompts="A|B|C"` ⇄ `['A', 'B', 'C']`. */
const promptsConverter = {
  fromAttribute: (value: string | null) => (value ?? '').split(PROMPT_SEPARATOR).map((p) => p.trim()).filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(PROMPT_SEPARATOR),
};

/** Attributes of `<miptech-chat>`; the element itself is `MiptechChat`. */
export class ChatAttributes extends LitElement {
  // Declared without decorators: the loader carries no decorator code (every byte is the host page's).
  static override properties = {
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
    connectionState: { attribute: 'connection-state', reflect: true },
    open: { type: Boolean, reflect: true },
    strings: { attribute: false },
  };

  /** The platform tenant. Default `miptech-company`. Sent as `X-Tenant-ID` on every request. */
  tenantId: string | null = null;
  /** REST root (`{api-url}/api/v1`). Default: the origin this script came from, else `http://localhost:8000`. */
  apiUrl: string | null = null;
  /** WebSocket root. Default: `api-url` with http→ws, https→wss. */
  wsUrl: string | null = null;
  /**
   * The assistant's name: the panel's heading and the launcher's label ("Open …"). Default
   * "MIPTech AI Assistant", in the visitor's language. (Not `title`: that is every element's
   * tooltip attribute, which a page may set for its own reasons.)
   */
  heading: string | null = null;
  /** `bottom-right` (default) or `bottom-left`. */
  position: string | null = null;
  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting, live). */
  theme: string | null = null;
  /** Brand colour, any CSS colour. Text on it is chosen for WCAG AA contrast. */
  primaryColor: string | null = null;
  /** Shows the connection diagnostics in the panel and logs to the console. */
  debug = false;
  /** `floating` (default: launcher and panel in a corner) or `inline` (the chat in the page's flow). */
  mode: string | null = null;
  /** The assistant's first words (markdown, shown locally). `greeting=""` shows none. */
  greeting: string | null = null;
  /** Questions offered on an empty conversation; attribute: `starter-prompts="A|B|C"`. */
  starterPrompts: string[] = [];
  /**
   * Where answer images may load from: origins separated by spaces, or `none`. Default: the
   * platform's origin (`api-url`'s). Images elsewhere show as links. These origins must not
   * redirect to others; images never send the page's address (`referrerpolicy="no-referrer"`).
   */
  imageOrigins: string | null = null;
  /**
   * How much of the page's address the platform is told: `path` (default: origin and path) or
   * `full` (with the query string). The fragment is never sent: it often holds tokens.
   */
  pageUrl: string | null = null;
  /**
   * The connection's state, reflected for the host page's CSS and scripts: `idle`, `connecting`,
   * `open`, `waiting`, `suspended` or `closed`. Read-only: setting it changes nothing.
   */
  connectionState: SocketState = 'idle';
  /**
   * The owner's words for this element, whatever its language: any key of the string catalogue,
   * such as `{ messagePlaceholder: 'Ask us anything…' }` (README: Languages). A property only.
   */
  strings: Partial<Catalogue> | null = null;
  /**
   * Whether the panel is open, as on `<dialog>`: set it, or the attribute, or call `show()`,
   * `hide()` or `toggle()`; it reflects the panel's state. Ignored in `mode="inline"`.
   */
  open = false;
}
