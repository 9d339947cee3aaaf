/**
 * The script-tag build's way to a language's loader words: an ES module next to the loader
 * script (like the chat chunk, load-chat.script.ts), its content-hashed name written in by the
 * build. Only the page's language is fetched.
 */
import { importNextToScript } from '../config/script-origin.js';
import type { ShippedLocale } from './locale.js';
import type { Words } from './load-words.js';

export type { Words };

/** Language → the content hash in its file's name, written in by the build (rollup.config.mjs). */
const HASHES = '__LOCALE_HASHES__' as unknown as Record<ShippedLocale, string>;

/** The file of the chat's words in the page's language, as its launcher's words name it. */
let chatWords = '';
/** Told when the launcher's words arrive: the loader waits to fetch the chat's with the chat. */
let onNamed: (() => void) | undefined;

/**
 * Takes the file of the chat's words in the page's language (scripts/rollup/chat-words-ahead.mjs),
 * for the loader to fetch with the chat: once, and '' until the launcher's words arrive (and in
 * English). `named` is called when they do.
 */
export function takeChatWords(named: () => void): string {
  const file = chatWords;
  chatWords = '';
  onNamed = named;
  return file;
}

export const loadWords = (code: ShippedLocale): Promise<Words> =>
  importNextToScript<{ words: Words; chat: string }>(`miptech-chat.locale-${code}-${HASHES[code]}.js`).then(
    (m) => ((chatWords = m.chat), onNamed?.(), m.words),
  );
