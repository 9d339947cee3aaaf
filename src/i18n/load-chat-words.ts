/**
 * The chat's words in a shipped language other than English: part of the chat chunk, each
 * language a chunk of its own next to it, so a page in German fetches German and nothing else.
 */
import type { ShippedLocale } from './locale.js';
import type { Words } from './load-words.js';

const FILES: Record<ShippedLocale, () => Promise<{ words: Words }>> = {
  es: () => import('./locales/es-chat.js'),
  fr: () => import('./locales/fr-chat.js'),
  de: () => import('./locales/de-chat.js'),
  pt: () => import('./locales/pt-chat.js'),
  ar: () => import('./locales/ar-chat.js'),
  he: () => import('./locales/he-chat.js'),
  ja: () => import('./locales/ja-chat.js'),
  zh: () => import('./locales/zh-chat.js'),
};

export const loadChatWords = (code: ShippedLocale): Promise<Words> => FILES[code]().then((m) => m.words);
