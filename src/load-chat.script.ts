/**
 * The script-tag build's way to the chat chunk: an ES module next to the loader script,
 * resolved from the script's own URL (never the page's), imported when the visitor shows
 * intent. The chunk does not carry its own Lit: it takes the loader's from `kit`, under a key
 * of this version, so one page can hold two versions without mixing them.
 */
import { _$LH, css, html, noChange, nothing, svg, unsafeCSS } from 'lit';
import type { ChatModule } from './load-chat.js';
import { SCRIPT_URL } from './config/script-origin.js';
import { VERSION } from './version.js';

export type { ChatModule };

/** The chunk's content-hashed file name, written in by the build (rollup.config.mjs). */
const CHUNK_FILE = '__CHAT_CHUNK__';

const KEY = Symbol.for(`miptech-chat@${VERSION}`);

/**
 * What the chunk imports from Lit, shared (rollup.config.mjs maps the chunk's `lit` imports
 * here). `_$LH` and `noChange` serve the `repeat` directive the chunk bundles for itself.
 */
const kit: Readonly<Record<string, unknown>> = { css, html, nothing, svg, unsafeCSS, _$LH, noChange };

/**
 * `attempt` > 0 is a Retry: browsers remember a failed module import for its URL, so a retry
 * asks for the same file under a new query.
 */
export function loadChat(attempt = 0): Promise<ChatModule> {
  (globalThis as Record<symbol, unknown>)[KEY] ??= { kit };
  if (!SCRIPT_URL) return Promise.reject(new Error('no script URL to load the chat from'));
  const url = new URL(CHUNK_FILE, SCRIPT_URL);
  if (attempt > 0) url.searchParams.set('retry', String(attempt));
  return import(/* webpackIgnore: true */ url.href) as Promise<ChatModule>;
}
