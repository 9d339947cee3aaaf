/**
 * Fetches the chat chunk. In the ES module build this is a plain dynamic import, so bundlers
 * split the chat into a chunk of its own. The script-tag build replaces this module with
 * load-chat.script.ts (rollup.config.mjs), which loads the chunk from next to the script.
 */
export type ChatModule = typeof import('./chat/index.js');

/** (`attempt` matters to the script-tag build only; a bundler's chunk loader has its own rules.) */
export const loadChat = (_attempt = 0): Promise<ChatModule> => import('./chat/index.js');

/**
 * Fetching the chat ahead of intent is the script-tag build's (load-chat.script.ts): a bundler
 * names the chunk's file, and only a dynamic import, which runs the chat, could fetch it here. An
 * app that bundles the widget preloads its chunks its own way.
 */
export const prefetchChat = (): void => {};
