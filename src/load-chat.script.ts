/**
 * The script-tag build's way to the chat chunk: an ES module next to the loader script,
 * resolved from the script's own URL (never the page's), imported when the visitor shows
 * intent. The chunk takes the modules of ours the loader holds from `kit`, under a key of this
 * version, so one page can hold two versions without mixing them.
 */
import { EVENTS, emit } from './events.js';
import { format, text } from './i18n/term.js';
import { MAX_MESSAGE_CHARS, checkMessage } from './state/message-limit.js';
import { offerMessage } from './offer-message.js';
import type { ChatModule } from './load-chat.js';
import { SCRIPT_URL, importNextToScript } from './config/script-origin.js';
import { VERSION } from './version.js';
import { blank, parseUrl, problemList, resolveConfig, schemeList } from './config/resolve-config.js';
import { adoptSheets, sheet } from './styles/sheet.js';
import { CLOSE_PATH } from './views/icon-paths.js';
import { mark } from './ports/stored-mark.js';
import { takeChatWords } from './i18n/load-words.script.js';

export type { ChatModule };

/** The chunk's content-hashed file name, written in by the build (rollup.config.mjs). */
const CHUNK_FILE = '__CHAT_CHUNK__';

const KEY = Symbol.for(`miptech-chat@${VERSION}`);

/**
 * The modules of ours the loader holds anyway, lent to the chunk (scripts/rollup/kit.mjs maps its
 * imports of them here): events, filling in words, the message limit, the offer of a message to
 * the page, the configuration's resolution, constructed stylesheets, and the × icon. (Lit is
 * the chunk's own: the loader has none.)
 */
const kit: Readonly<Record<string, unknown>> = {
  EVENTS,
  emit,
  format,
  text,
  MAX_MESSAGE_CHARS,
  checkMessage,
  offerMessage,
  blank,
  parseUrl,
  problemList,
  resolveConfig,
  schemeList,
  sheet,
  adoptSheets,
  CLOSE_PATH,
  mark,
};

/** What the loader needs of the page's Trusted Types (where a browser enforces them). */
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (html: string) => string }): { createHTML(html: string): unknown };
}

/**
 * The widget's Trusted Types policy, created as the script loads: a page whose CSP refuses it
 * stops the widget at once, with one console line (scripts/rollup/fail-closed.mjs), rather than
 * showing a launcher whose chat cannot draw. It is handed to the chat's Lit when the chunk
 * arrives, and never put on a global (src/chat/trusted-policy.ts).
 */
const policy = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes?.createPolicy('miptech-chat', {
  createHTML: (html) => html,
});

/**
 * `attempt` > 0 is a Retry: browsers remember a failed module import for its URL, so a retry
 * asks for the same file under a new query.
 */
export function loadChat(attempt = 0): Promise<ChatModule> {
  (globalThis as Record<symbol, unknown>)[KEY] ??= { kit };
  wordsAhead();
  const fresh = attempt + Number(prefetch === 'error');
  const file = fresh > 0 ? `${CHUNK_FILE}?retry=${fresh}` : CHUNK_FILE;
  return importNextToScript<ChatModule>(file).then((chat) => (chat.useTrustedPolicy(policy), chat));
}

/**
 * The chat's preload: not asked (null), asked, or how it ended (its event's type). The browser
 * remembers a failed module preload for its URL: the first load then asks under another.
 */
let prefetch: null | 'asked' | 'load' | 'error' = null;

/**
 * Fetches the chat, at low priority, without running it (a module preload): the visitor's first
 * click then finds it compiled. Once per page.
 */
export function prefetchChat(): void {
  if (prefetch || !SCRIPT_URL) return;
  prefetch = 'asked';
  preload(new URL(CHUNK_FILE, SCRIPT_URL).href, (type) => (prefetch = type));
  wordsAhead();
}

/**
 * Fetches the chat's words in the page's language (none in English) with the chat, not after it:
 * the chat asks for them only once it runs, and draws only once they are here, so on a page in
 * German a click would wait one more round trip. If the launcher's words, which name the file,
 * are still on their way, this runs again when they arrive. Once per language.
 */
function wordsAhead(): void {
  const file = takeChatWords(wordsAhead);
  if (file) preload(file);
}

/** A module preload at low priority (fetched, compiled, not run); the link leaves once it has done its work. */
function preload(href: string, done?: (type: 'load' | 'error') => void): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.fetchPriority = 'low';
  link.href = href;
  link.onload = link.onerror = (event) => {
    done?.((event as Event).type as 'load' | 'error');
    link.remove();
  };
  document.head.append(link);
}
