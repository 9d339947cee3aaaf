/**
 * One message's way to the platform: the chat is created on the first send, and a chat the
 * platform forgot (404) is made again, once. Takes narrow ports; never imports the session.
 */
import { ApiError } from '../api/api-error.js';
import type { ApiClient } from '../api/api-client.js';
import type { Logger } from '../log/logger.js';
import type { PageInfo } from '../ports/ports.js';
import { CHAT_TITLE } from '../protocol/endpoints.js';
import type { Message } from '../protocol/types.js';
import type { ChatContext, VisitorPayload } from '../config/visitor.js';
import type { Identity } from './identity.js';
import type { OutboxEntry } from './stored.js';

export interface DeliveryPorts {
  api: Pick<ApiClient, 'createChat' | 'sendMessage'>;
  identity: Pick<Identity, 'ensureChat' | 'forgetChat'>;
  tenantId: string;
  page: PageInfo;
  logger: Logger;
  /** The site's visitor (sent with the chat's creation), or null. */
  visitor?: VisitorPayload | null;
  /**
   * The site's facts: part of the new chat's context, and with each message (the platform merges them:
   * they may change).
   */
  context?: ChatContext;
}

export async function sendToChat(entry: OutboxEntry, ports: DeliveryPorts): Promise<Message> {
  const { api, identity, tenantId, page, visitor, context = {} } = ports;
  const hasContext = Object.keys(context).length > 0;
  // The page's own fields win over the site's: `page_url` always says where the chat really is.
  const chat = {
    title: CHAT_TITLE,
    context: {
      ...context,
      page_url: page.url,
      user_agent: page.userAgent,
      referrer: page.referrer,
      tenant_id: tenantId,
    },
    ...(visitor ? { visitor } : {}),
  };
  const body = {
    content: entry.content,
    role: 'user' as const,
    metadata: {
      timestamp: entry.created_at,
      page_url: page.url,
      tenant_id: tenantId,
      client_message_id: entry.client_message_id,
      ...(hasContext ? { context } : {}),
    },
  };
  for (let tries = 0; ; tries += 1) {
    try {
      return await api.sendMessage(await identity.ensureChat((b) => api.createChat(b), chat), body);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404 && tries === 0)) throw error;
      ports.logger.warn('chat gone: starting a new one');
      identity.forgetChat();
    }
  }
}
