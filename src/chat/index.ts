/**
 * The chat chunk: everything fetched on the visitor's first sign of intent (the session, socket,
 * API client, markdown, panel views and their styles). The element loads it through
 * load-chat.ts; nothing in the loader imports it statically.
 */
export { ChatRuntime, type ChatRuntimeOptions } from './chat-runtime.js';
