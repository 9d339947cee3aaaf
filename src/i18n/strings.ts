/** The catalogue's shape: every key of the loader's words (en.ts) and the chat's (en-chat.ts). */
import type { enChat } from './en-chat.js';
import type { en } from './en.js';

export type StringKey = keyof typeof en | keyof typeof enChat;
/** A complete catalogue: every key, in one language. */
export type Catalogue = Readonly<Record<StringKey, string>>;
