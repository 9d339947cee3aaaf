/**
 * Fetches the loader's words (launcher, panel frame) in a shipped language other than English.
 * In the ES module build each language is a dynamic import, so bundlers split it; the
 * script-tag build replaces this module with load-words.script.ts (rollup.config.mjs). The
 * chat's words in that language arrive with the chat (load-chat-words.ts).
 */
import type { ShippedLocale } from './locale.js';
import type { Catalogue } from './strings.js';

export type Words = Partial<Catalogue>;

const FILES: Record<ShippedLocale, () => Promise<{ words: Words }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  pt: () => import('./locales/pt.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
  ja: () => import('./locales/ja.js'),
  zh: () => import('./locales/zh.js'),
};

export const loadWords = (code: ShippedLocale): Promise<Words> => FILES[code]().then((m) => m.words);
