/**
 * The chat chunk: everything fetched on the visitor's first sign of intent (the session, socket,
 * API client, markdown, panel views and their styles). The element loads it through
 * load-chat.ts; nothing in the loader imports it statically.
 */
export { ChatRuntime } from './chat-runtime.js';
export { drawPanel } from './draw-panel.js';
export { useTrustedPolicy } from './trusted-policy.js';
export type { ChatRuntimeOptions } from './runtime-options.js';

import { enChat } from '../i18n/en-chat.js';
import { loadChatWords } from '../i18n/load-chat-words.js';
import { formatPlural } from '../i18n/plural.js';
import type { WordsPart } from '../controllers/locale-controller.js';

/** The chat's words: English, the way to each shipped language's, and plural forms. */
export const chatWords: WordsPart = { en: enChat, load: loadChatWords, format: formatPlural };
