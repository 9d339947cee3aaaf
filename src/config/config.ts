/** The element's configuration, resolved from its attributes in one place (resolve-config.ts). */
import { ConnectionProblem } from '../protocol/connection.js';
import type { ProtocolSetting } from '../protocol/dialect.js';

export const POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type Position = (typeof POSITIONS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const MODES = ['floating', 'inline'] as const;
export type Mode = (typeof MODES)[number];

export const LAUNCHERS = ['default', 'none'] as const;
export type Launcher = (typeof LAUNCHERS)[number];

/** `idle`: the chat is fetched (not run) once the page has loaded and the browser is idle; `intent`: only on intent. */
export const PREFETCHES = ['idle', 'intent'] as const;
export type Prefetch = (typeof PREFETCHES)[number];

/** `consent` (its values are checked by the chat: resolve-chat-config.ts). */
export type Consent = 'none' | 'required';

/** Defaults for what is not words (the default title and greeting live in the string catalogue). */
export const DEFAULTS = {
  tenantId: 'miptech-company',
  apiUrl: 'http://localhost:8000',
  position: 'bottom-right' as Position,
  theme: 'light' as Theme,
  mode: 'floating' as Mode,
} as const;

/** Starter prompts are one attribute, separated by "|" (no JSON in attributes people type). */
export const PROMPT_SEPARATOR = '|';

/** What the loader resolves: where and as whom the chat connects, and how its frame looks. */
export interface FrameConfig {
  readonly tenantId: string;
  /** Absolute http(s) URL without a trailing slash; REST lives under `${apiUrl}/api/v1`. */
  readonly apiUrl: string;
  /** Absolute ws(s) URL without a trailing slash. */
  readonly wsUrl: string;
  /** The assistant's name the owner gave (`heading`), or null for the catalogue's default. */
  readonly heading: string | null;
  readonly position: Position;
  readonly theme: Theme;
  /** A CSS colour the browser accepted, or null for the built-in palette. */
  readonly primaryColor: string | null;
  readonly debug: boolean;
  /** `floating` (launcher + panel in a corner) or `inline` (the chat in the page's flow). */
  readonly mode: Mode;
  /** `default` (the round button) or `none` (the page opens the chat with its own button, `show()`). */
  readonly launcher: Launcher;
  /** When the chat is fetched ahead of the first open (`prefetch`). */
  readonly prefetch: Prefetch;
}

/**
 * The chat's own attributes, resolved by the chunk (resolve-chat-config.ts): no weight on a page until
 * the visitor shows intent.
 */
export interface ChatConfig extends FrameConfig {
  /**
   * The first assistant bubble, shown locally (never sent). Markdown; null for the catalogue's
   * default, '' for none.
   */
  readonly greeting: string | null;
  readonly starterPrompts: readonly string[];
  /** Origins answer images may load from (default: the platform's); images from elsewhere show as links. */
  readonly imageOrigins: readonly string[];
  /**
   * How much of the page's address the platform is told: `path` (origin and path) or `full` (with the
   * query; never the fragment).
   */
  readonly pageUrl: 'path' | 'full';
  /** `none` (default) or `required`: nothing is stored or sent until the visitor accepts the owner's notice. */
  readonly consent: Consent;
  /**
   * Which platform protocol to speak (`protocol`): `auto` (the default) finds out per connection
   * (protocol/dialect.ts).
   */
  readonly protocol: ProtocolSetting;
  /** The owner's notice (`consent-notice`), or null for the catalogue's (a `consent` slot wins over both). */
  readonly consentNotice: string | null;
}

/** Why an attribute cannot be used; the string catalogue says it in words a site owner can act on. */
export const ConfigProblemCode = {
  TenantPattern: 'tenant-pattern',
  NotAbsoluteUrl: 'not-absolute-url',
  Scheme: 'scheme',
  QueryOrFragment: 'query-or-fragment',
  /** `https://user:pass@host`: a password would travel in every WebSocket URL. */
  Credentials: 'credentials',
  /** An https page cannot reach plain http (mixed content). */
  MixedHttp: 'mixed-http',
  /** An https page cannot reach plain ws (mixed content). */
  MixedWs: 'mixed-ws',
  OneOf: 'one-of',
  NotAColor: 'not-a-color',
  /** An `image-origins` entry with a path: only scheme, host and port. */
  NotAnOrigin: 'not-an-origin',
} as const;
export type ConfigProblemCode = (typeof ConfigProblemCode)[keyof typeof ConfigProblemCode];

/** One attribute that cannot be used, and why. */
export interface ConfigProblem {
  readonly attribute: string;
  readonly value: string;
  readonly code: ConfigProblemCode;
  /** The values or URL schemes that would be accepted, where there is a list. */
  readonly options?: readonly string[];
}

/**
 * What this config's stored data is filed under: the tenant *and* the platform, so the same
 * tenant id on another platform (a staging one, a look-alike) never reads this visitor's ids.
 */
export const storageNamespace = (config: Pick<FrameConfig, 'tenantId' | 'apiUrl'>): string =>
  `${config.tenantId}@${new URL(config.apiUrl).origin}`;

/** Where and as whom the chat connects: a problem here stops it. Any other attribute falls back to its default. */
export const FATAL_ATTRIBUTES: ReadonlySet<string> = new Set(['tenant-id', 'api-url', 'ws-url']);

/** `warnings`: attributes that could not be used, and fell back to their defaults. */
export type ConfigResult<C extends FrameConfig = ChatConfig> =
  | { readonly ok: true; readonly config: C; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/**
 * Something the site owner must fix, which the launcher marks with "!": an attribute that cannot
 * be used, or a platform that refuses this site (`problem`: the connection's, if any). An outage
 * or a chat that could not be downloaded is not one: the panel says so, and it passes.
 */
export const siteFault = (config: Pick<ConfigResult, 'ok'>, problem: ConnectionProblem | null | undefined): boolean =>
  !config.ok || problem === ConnectionProblem.TenantRefused;
