/** The catalogue's shape: the loader's words (en.ts), the chat's (en-chat.ts) and the site owner's (en-owner.ts). */
import type { enChat } from './en-chat.js';
import type { enOwner } from './en-owner.js';
import type { en } from './en.js';

export type StringKey = keyof typeof en | keyof typeof enChat | keyof typeof enOwner;
/** A complete catalogue: every key, in one language. */
export type Catalogue = Readonly<Record<StringKey, string>>;
/** A language's words for the loader (src/i18n/locales/xx.ts): exactly en.ts's keys. */
export type LoaderWords = Readonly<Record<keyof typeof en, string>>;
/** A language's words for the chat (src/i18n/locales/xx-chat.ts): exactly en-chat.ts's keys. */
export type ChatWordsCatalogue = Readonly<Record<keyof typeof enChat, string>>;
/** A language's words for the site owner (src/i18n/locales/xx-owner.ts): exactly en-owner.ts's keys. */
export type OwnerWords = Readonly<Record<keyof typeof enOwner, string>>;
