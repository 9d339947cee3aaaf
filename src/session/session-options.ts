/** What a chat session is built from: narrow ports, so tests pass in-memory fakes. */
import type { ApiClient } from '../api/api-client.js';
import type { Logger } from '../log/logger.js';
import type { PageInfo, Scheduler } from '../ports/ports.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ChatContext, VisitorPayload } from '../config/visitor.js';
import type { AuthFrame } from '../protocol/types.js';
import type { AuthToken } from '../api/auth-token.js';
import type { SocketPort } from '../socket/socket-port.js';
import type { DialectChoice } from '../socket/socket-options.js';
import type { ProtocolSetting } from '../protocol/dialect.js';

export type ApiPort = Pick<ApiClient, 'createChat' | 'sendMessage' | 'history' | 'feedback' | 'regenerate'>;
export type { SocketPort };

export interface ChatSessionOptions {
  tenantId: string;
  wsUrl: string;
  api: ApiPort;
  createSocket: (url: () => string, authData: () => AuthFrame['data'], dialect: DialectChoice) => SocketPort;
  /** The element's `protocol` (protocol/dialect.ts); none: `guide`, as a session built in a test expects. */
  protocol?: ProtocolSetting;
  storage: ChatStorage;
  page: () => PageInfo;
  newId: () => string;
  now: () => Date;
  /** The site's token for the platform (none wanted when the element has no `getAuthToken`). */
  authToken: AuthToken;
  /** The site's visitor, or null when anonymous: fixed for the session (another visitor is another session). */
  visitor: VisitorPayload | null;
  /** The site's facts about the visit, as they are now. */
  context: () => ChatContext;
  /** For the REST fallback's polling. */
  scheduler: Scheduler;
  logger: Logger;
}
