/**
 * Fetches the chat chunk. In the ES module build this is a plain dynamic import, so bundlers
 * split the chat into a chunk of its own. The script-tag build replaces this module with
 * load-chat.script.ts (rollup.config.mjs), which loads the chunk from next to the script.
 */
export type ChatModule = typeof import('./chat/index.js');

/** (`attempt` matters to the script-tag build only; a bundler's chunk loader has its own rules.) */
export const loadChat = (_attempt = 0): Promise<ChatModule> => import('./chat/index.js');
