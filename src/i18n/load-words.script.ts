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

export const loadWords = (code: ShippedLocale): Promise<Words> =>
  importNextToScript<{ words: Words }>(`miptech-chat.locale-${code}-${HASHES[code]}.js`).then((m) => m.words);
