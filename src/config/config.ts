/** The element's configuration, resolved from its attributes in one place (resolve-config.ts). */

export const POSITIONS = ['bottom-right', 'bottom-left'] as const;
export type Position = (typeof POSITIONS)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const MODES = ['floating', 'inline'] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULTS = {
  tenantId: 'miptech-company',
  apiUrl: 'http://localhost:8000',
  title: 'MIPTech AI Assistant',
  position: 'bottom-right' as Position,
  theme: 'light' as Theme,
  mode: 'floating' as Mode,
  greeting: "Hi! I'm the MIPTech assistant. Ask me about our services, pricing, or how to reach us.",
} as const;

/** Starter prompts are one attribute, separated by "|" (no JSON in attributes people type). */
export const PROMPT_SEPARATOR = '|';
export const MAX_STARTER_PROMPTS = 6;

export interface ChatConfig {
  readonly tenantId: string;
  /** Absolute http(s) URL without a trailing slash; REST lives under `${apiUrl}/api/v1`. */
  readonly apiUrl: string;
  /** Absolute ws(s) URL without a trailing slash. */
  readonly wsUrl: string;
  readonly title: string;
  readonly position: Position;
  readonly theme: Theme;
  /** A CSS colour the browser accepted, or null for the built-in palette. */
  readonly primaryColor: string | null;
  readonly debug: boolean;
  /** `floating` (launcher + panel in a corner) or `inline` (the chat in the page's flow). */
  readonly mode: Mode;
  /** The first assistant bubble, shown locally (never sent). Markdown. */
  readonly greeting: string;
  readonly starterPrompts: readonly string[];
}

/** One attribute that cannot be used, with the reason in words a site owner can act on. */
export interface ConfigProblem {
  readonly attribute: string;
  readonly value: string;
  readonly message: string;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: ChatConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };
