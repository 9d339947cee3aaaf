/** The site owner's words in a shipped language: part of the owner's chunk, each language a chunk of its own. */
import type { ShippedLocale } from './locale.js';
import type { Words } from './load-words.js';

const FILES: Record<ShippedLocale, () => Promise<{ words: Words }>> = {
  es: () => import('./locales/es-owner.js'),
  fr: () => import('./locales/fr-owner.js'),
  de: () => import('./locales/de-owner.js'),
  pt: () => import('./locales/pt-owner.js'),
  ar: () => import('./locales/ar-owner.js'),
  he: () => import('./locales/he-owner.js'),
  ja: () => import('./locales/ja-owner.js'),
  zh: () => import('./locales/zh-owner.js'),
};

export const loadOwnerWords = (code: ShippedLocale): Promise<Words> => FILES[code]().then((m) => m.words);
