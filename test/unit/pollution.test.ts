import { expect } from '@open-wc/testing';
import { authPayload } from '../../src/protocol/endpoints.js';
import { parseChat, parseHealth, parseHistory, parseMessage, parseServerFrame } from '../../src/protocol/parse.js';
import { readIdentity, readOutboxEntry } from '../../src/session/stored.js';
import { flush, makeSession } from '../../testing/fake-session.js';

/** Every key the protocol and storage read, set on Object.prototype the way a hostile page would. */
const KEYS = ['chat_id', 'chat_key', 'client_message_id', 'reply_to', 'suggestions', 'sources', 'snippet', 'status', 'retry_after_ms', 'detail', 'session_id', 'visitor_id', 'messages', 'version', 'protocol', 'last_seq', 'code', 'no_resume', 'quote', 'visitor_secret'];

async function polluted(keys: readonly string[], run: () => void | Promise<void>): Promise<void> {
  for (const key of keys) Object.defineProperty(Object.prototype, key, { value: `attacker-${key}`, configurable: true, writable: true });
  try {
    await run();
  } finally {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('a polluted Object.prototype steers nothing', () => {
  it('parsed messages and frames carry only what the platform sent', () =>
    polluted(KEYS, () => {
      const message = parseMessage(JSON.parse('{"id":"m","chat_id":"c","seq":1,"role":"assistant","content":"x","created_at":"t"}'))!;
      for (const key of ['client_message_id', 'reply_to', 'suggestions', 'sources', 'status']) expect((message as unknown as Record<string, unknown>)[key], key).to.equal(undefined);
      const start = parseServerFrame('{"type":"response_start","data":{"chat_id":"c","message_id":"a"}}');
      expect(start.ok && start.frame?.type === 'response_start' && start.frame.data.reply_to).to.equal(undefined);
      const error = parseServerFrame('{"type":"error","data":{"message":"slow down"}}');
      expect(error.ok && error.frame?.type === 'error' && error.frame.data).to.deep.include({ code: 'unknown', retry_after_ms: undefined });
      const auth = parseServerFrame('{"type":"auth_success","data":{"session_id":"s"}}');
      expect(auth.ok && auth.frame?.type === 'auth_success' && auth.frame.data.chat_id).to.equal(undefined);
      expect(parseServerFrame('{"type":"auth_success","data":{}}').ok, 'a session_id only on the prototype is none').to.equal(false);
      expect(parseHistory(JSON.parse('{}')), 'messages only on the prototype are none').to.equal(null);
      expect(parseChat(JSON.parse('{"id":"c"}'))).to.deep.equal({ id: 'c', session_id: '', visitor_id: '', title: '', created_at: '' });
      expect(parseHealth(JSON.parse('{"status":"healthy"}'))!.version).to.equal(undefined);
    }));

  it('what storage holds is read as own properties only', () =>
    polluted(KEYS, () => {
      expect(readIdentity(JSON.parse('{"session_id":"s","visitor_id":"v"}'))).to.deep.equal({ sessionId: 's', visitorId: 'v', chatId: null, chatKey: null, secret: null, noResume: false });
      expect(readIdentity(JSON.parse('{}'))).to.equal(null);
      expect(readOutboxEntry(JSON.parse('{"content":"x","created_at":"t"}'))).to.equal(null);
    }));

  it('a visitor’s message goes to a chat of their own, never the attacker’s', () =>
    polluted(['chat_id', 'chat_key', 'client_message_id', 'reply_to', 'last_seq'], async () => {
      const { session, api, socket } = makeSession();
      session.send('My private question');
      await flush();
      expect(api.createBodies, 'a chat was created for the visitor').to.have.length(1);
      expect(api.createBodies[0].client_chat_id).not.to.contain('attacker');
      expect(api.sendBodies.map((b) => api.chats.find((c) => b.metadata.client_message_id && c.id)!.id)).to.deep.equal(['chat-1']);
      expect(session.chatId).to.equal('chat-1');
      expect(api.messages.every((m) => m.chat_id === 'chat-1')).to.equal(true);
      const auth = authPayload({ tenantId: 't', sessionId: 's', userAgent: 'UA', pageUrl: 'p' });
      expect(Object.keys(auth)).to.deep.equal(['tenant_id', 'session_id', 'user_agent', 'page_url']);
      expect(socket().url).not.to.contain('attacker');
    }));
});
