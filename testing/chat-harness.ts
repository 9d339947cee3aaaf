/**
 * The widget against a mock platform holding a small conversation (nothing real is touched),
 * opened, with its chat loaded: the start of most element tests. The caller stops the rig when
 * its test ends (`rig.server.stop()`, in afterEach).
 */
import { conversationRoutes, platformRig, type PlatformRig } from './mock-platform.js';
import type { MiptechChat } from '../src/miptech-chat.js';
import { $, chatLoaded, mount } from './mount.js';
import { until } from './wait.js';

export async function openChat(attributes: Record<string, string | boolean> = {}) {
  const api = conversationRoutes();
  const rig: PlatformRig = platformRig({ routes: api.routes });
  const el = await mount({ 'api-url': rig.apiUrl, ...attributes }, { ports: rig.ports });
  el.show();
  await chatLoaded(el, 15_000);
  return { el, api, rig };
}

/**
 * The visitor asks `question`; once it is known as sent (its place in the conversation fixed), the
 * platform answers it whole, with `content` and any other fields of an answer (`sources`,
 * `suggestions`, `created_at`), over the rig's socket. Resolves once the answer is sent, not drawn.
 */
export async function askAndAnswer(
  el: MiptechChat,
  chat: { api: ReturnType<typeof conversationRoutes>; rig: PlatformRig },
  question: string,
  content: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const { api, rig } = chat;
  await until(() => el.connectionState === 'open', 'the socket open');
  el.send(question);
  const sending = () => $(el, '.message.user .meta')?.textContent?.includes('Sending') !== false;
  await until(() => api.messages.length > 0 && !sending(), 'sent');
  const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
  const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content, created_at: 't', reply_to: replyTo, ...extra };
  api.store(message);
  rig.server.clients()[0].send(JSON.stringify({ type: 'response_complete', data: { message } }));
}
