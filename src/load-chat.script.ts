/**
 * The script-tag build's way to the chat chunk: an ES module next to the loader script,
 * resolved from the script's own URL (never the page's), imported when the visitor shows
 * intent. The chunk does not carry its own Lit: it takes the loader's from `kit`, under a key
 * of this version, so one page can hold two versions without mixing them.
 */
import { css, html, nothing, svg, unsafeCSS } from 'lit';
import { EVENTS, emit } from './events.js';
import { format, text } from './i18n/term.js';
import { MAX_MESSAGE_CHARS, checkMessage } from './state/message-limit.js';
import { offerMessage } from './offer-message.js';
import { loadingView, panelFrame } from './views/panel-frame.js';
import type { ChatModule } from './load-chat.js';
import { importNextToScript } from './config/script-origin.js';
import { VERSION } from './version.js';
import { blank, parseUrl, problemList, resolveConfig, schemeList } from './config/resolve-config.js';

export type { ChatModule };

/** The chunk's content-hashed file name, written in by the build (rollup.config.mjs). */
const CHUNK_FILE = '__CHAT_CHUNK__';

const KEY = Symbol.for(`miptech-chat@${VERSION}`);

/**
 * What the chunk imports from Lit, shared (rollup.config.mjs maps the chunk's `lit` imports
 * here): its public template tags and values only, never Lit's internals (`_$LH`), with which
 * any script on the page could make TrustedHTML under the widget's policy. The rest are modules of
 * ours the loader holds anyway: the panel's frame, events, filling in words,
 * the message limit and the offer of a message to the page.
 */
const kit: Readonly<Record<string, unknown>> = {
  css,
  html,
  nothing,
  svg,
  unsafeCSS,
  EVENTS,
  emit,
  format,
  text,
  panelFrame,
  loadingView,
  MAX_MESSAGE_CHARS,
  checkMessage,
  offerMessage,
  blank,
  parseUrl,
  problemList,
  resolveConfig,
  schemeList,
};

/**
 * `attempt` > 0 is a Retry: browsers remember a failed module import for its URL, so a retry
 * asks for the same file under a new query.
 */
export function loadChat(attempt = 0): Promise<ChatModule> {
  (globalThis as Record<symbol, unknown>)[KEY] ??= { kit };
  return importNextToScript<ChatModule>(attempt > 0 ? `${CHUNK_FILE}?retry=${attempt}` : CHUNK_FILE);
}
