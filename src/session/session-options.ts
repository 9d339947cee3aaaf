/** What a chat session is built from: narrow ports, so tests pass in-memory fakes. */
import type { ApiClient } from '../api/api-client.js';
import type { Logger } from '../log/logger.js';
import type { PageInfo, Scheduler } from '../ports/ports.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { AuthFrame } from '../protocol/types.js';
import type { ChatSocket } from '../socket/chat-socket.js';

export type ApiPort = Pick<ApiClient, 'createChat' | 'sendMessage' | 'history' | 'feedback' | 'regenerate'>;
export type SocketPort = Pick<ChatSocket, 'connect' | 'wake' | 'disconnect' | 'onStatus' | 'onFrame' | 'status' | 'setSuspended' | 'send' | 'block' | 'reauth'>;

export interface ChatSessionOptions {
  tenantId: string;
  wsUrl: string;
  api: ApiPort;
  createSocket: (url: string, authData: () => AuthFrame['data']) => SocketPort;
  storage: ChatStorage;
  page: () => PageInfo;
  newId: () => string;
  now: () => Date;
  /** For the REST fallback's polling. */
  scheduler: Scheduler;
  logger: Logger;
}
