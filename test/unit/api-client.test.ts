import { expect } from '@open-wc/testing';
import { ApiClient } from '../../src/api/api-client.js';
import { ApiError, toFailure } from '../../src/api/api-error.js';
import { enChat } from '../../src/i18n/en-chat.js';
import { en } from '../../src/i18n/en.js';
import { createTerm } from '../../src/i18n/term.js';
import { silentLogger } from '../../src/log/logger.js';
import { parseChat, parseMessage } from '../../src/protocol/parse.js';
import { VERSION } from '../../src/version.js';
import { failureText } from '../../src/views/describe.js';
import { json, stubFetch, type Recorded, type Reply } from '../../testing/stub-fetch.js';

const API = 'http://platform.test:8000';
const message = { id: 'm1', chat_id: 'c1', seq: 1, role: 'user', content: 'Hi', created_at: '2026-01-01T00:00:00Z', client_message_id: 'cm1' };

function client(routes: (r: Recorded) => Reply, retries = 0) {
  const stub = stubFetch(routes);
  return { api: new ApiClient({ apiUrl: API, tenantId: 'miptech-company', fetch: stub.fetch, logger: silentLogger, retries }), calls: stub.calls };
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

describe('ApiClient', () => {
  it('sends X-Tenant-ID and X-Client on every request (no User-Agent: browsers refuse it)', async () => {
    const { api, calls } = client(() => json(200, { status: 'healthy', version: '0.1.0' }));
    await api.health();
    expect(calls[0].headers.get('X-Tenant-ID')).to.equal('miptech-company');
    expect(calls[0].headers.get('X-Client')).to.equal(`miptech-chat/${VERSION}`);
  });

  it('a failed call’s error holds no request, so a debug log never shows the token or the visitor secret', async () => {
    const stub = stubFetch(() => json(403, { detail: 'The X-Visitor-Secret header is missing or wrong for this chat' }));
    const api = new ApiClient({ apiUrl: API, tenantId: 'miptech-company', fetch: stub.fetch, logger: silentLogger, retries: 0, visitorSecret: () => 'SECRET-abc', authToken: { wanted: true, value: 'TOKEN-xyz', get: async () => 'TOKEN-xyz', refresh: async () => 'TOKEN-xyz' } as never });
    const error = await rejection(api.history('c1', 0));
    expect(stub.calls[0].headers.get('X-Visitor-Secret')).to.equal('SECRET-abc');
    expect(error.cause).to.be.a('string');
    const everything = `${error.message} ${String(error.cause)} ${JSON.stringify(error)} ${JSON.stringify(toFailure(error))}`;
    expect(everything).not.to.contain('SECRET-abc').and.not.to.contain('TOKEN-xyz');
  });

  it('sends the visitor secret as X-Visitor-Secret once there is one, and keeps it out of URLs', async () => {
    const stub = stubFetch(() => json(200, { messages: [] }));
    let secret: string | null = null;
    const api = new ApiClient({ apiUrl: API, tenantId: 'miptech-company', fetch: stub.fetch, logger: silentLogger, retries: 0, visitorSecret: () => secret });
    await api.history('c1');
    secret = 'Zq9_secret-from-the-platform';
    await api.history('c1');
    expect(stub.calls.map((c) => c.headers.get('X-Visitor-Secret'))).to.deep.equal([null, 'Zq9_secret-from-the-platform']);
    expect(stub.calls.every((c) => !c.url.includes('secret'))).to.equal(true);
  });

  it('reads the visitor secret from a created chat, and drops one no header could carry', () => {
    const chat = { id: 'c', session_id: 's', visitor_id: 'v', title: 't', created_at: 'x' };
    expect(parseChat({ ...chat, visitor_secret: 'abc_DEF-123' })?.visitor_secret).to.equal('abc_DEF-123');
    expect(parseChat({ ...chat, visitor_secret: 'line\nbreak' })?.visitor_secret).to.equal(undefined);
    expect(parseChat({ ...chat, visitor_secret: 'x'.repeat(129) })?.visitor_secret).to.equal(undefined);
  });

  it('health: GET /api/v1/health', async () => {
    const { api, calls } = client(() => json(200, { status: 'healthy', version: '0.1.0' }));
    const result = await api.health();
    expect(calls.map((c) => `${c.method} ${c.url}`)).to.deep.equal([`GET ${API}/api/v1/health`]);
    expect(result).to.deep.equal({ endpoint: '/api/v1/health', health: { status: 'healthy', version: '0.1.0' } });
  });

  it('health: falls back to /healthz (no /api/v1) when /health fails', async () => {
    const { api, calls } = client((r) => (r.url.endsWith('/api/v1/health') ? json(404, { detail: 'Not Found' }) : json(200, { status: 'healthy' })));
    const result = await api.health();
    expect(calls.map((c) => c.url)).to.deep.equal([`${API}/api/v1/health`, `${API}/healthz`]);
    expect(calls[1].headers.get('X-Tenant-ID')).to.equal('miptech-company');
    expect(result.endpoint).to.equal('/healthz');
  });

  it('health: reports the first failure when the fallback fails too', async () => {
    const { api } = client((r) => (r.url.endsWith('/health') ? json(503, { detail: 'down' }) : new TypeError('Failed to fetch')));
    const error = await rejection(api.health());
    expect(error.status).to.equal(503);
  });

  it('createChat: POST /api/v1/chat/ with the guide’s body', async () => {
    const chat = { id: 'c1', session_id: 's1', visitor_id: 'v1', title: 'Website Chat', created_at: 'now' };
    const { api, calls } = client(() => json(201, chat));
    const body = { client_chat_id: 'k1', session_id: 's1', visitor_id: 'v1', title: 'Website Chat', context: { page_url: 'http://site/', user_agent: 'UA', referrer: '', tenant_id: 'miptech-company' } };
    expect(await api.createChat(body)).to.deep.equal(chat);
    expect(calls[0].method).to.equal('POST');
    expect(calls[0].url).to.equal(`${API}/api/v1/chat/`);
    expect(calls[0].headers.get('Content-Type')).to.contain('application/json');
    expect(calls[0].body).to.deep.equal(body);
  });

  it('sendMessage: POST /api/v1/chat/{id}/messages; 201 created, and 200 (already had it) is the same message', async () => {
    let status = 201;
    const { api, calls } = client(() => json(status, message));
    const body = { content: 'Hi', role: 'user' as const, metadata: { timestamp: 't', page_url: 'p', tenant_id: 'miptech-company', client_message_id: 'cm1' } };
    const first = await api.sendMessage('c1', body);
    status = 200;
    const again = await api.sendMessage('c1', body);
    expect(calls[0].url).to.equal(`${API}/api/v1/chat/c1/messages`);
    expect(calls[0].body).to.deep.equal(body);
    expect(first.id).to.equal('m1');
    expect(again).to.deep.equal(first);
  });

  it('history: GET …/messages, with ?after_seq when resuming', async () => {
    const { api, calls } = client(() => json(200, { messages: [message] }));
    expect(await api.history('c1')).to.deep.equal([parseMessage(message)]);
    await api.history('c1', 7);
    expect(calls.map((c) => c.url)).to.deep.equal([`${API}/api/v1/chat/c1/messages`, `${API}/api/v1/chat/c1/messages?after_seq=7`]);
  });

  it('maps HTTP errors with the platform’s detail', async () => {
    const { api } = client(() => json(413, { detail: 'Message longer than 4000 characters' }));
    const error = await rejection(api.history('c1'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(413);
    expect(error.detail).to.equal('Message longer than 4000 characters');
    expect(failureText(createTerm('en', [en, enChat]), toFailure(error))).to.equal('That message is too long. (Message longer than 4000 characters)');
  });

  it('maps network failures (fetch TypeError) to a network error', async () => {
    const { api } = client(() => new TypeError('Failed to fetch'));
    const error = await rejection(api.history('c1'));
    expect(error.kind).to.equal('network');
    expect(error.status).to.equal(null);
    expect(failureText(createTerm('en', [en, enChat]), toFailure(error))).to.contain('could not be reached');
  });

  it('maps a 2xx body that breaks the protocol to bad-response', async () => {
    const { api } = client(() => json(200, { messages: [{ nope: true }] }));
    expect((await rejection(api.history('c1'))).kind).to.equal('bad-response');
  });

  it('retries 503 and network errors for idempotent calls, then succeeds', async () => {
    let n = 0;
    const { api, calls } = client(() => (++n === 1 ? json(503, { detail: 'busy' }, { 'Retry-After': '0' }) : n === 2 ? new TypeError('Failed to fetch') : json(200, { messages: [] })), 2);
    expect(await api.history('c1')).to.deep.equal([]);
    expect(calls).to.have.length(3);
  });

  it('does not retry a 4xx', async () => {
    const { api, calls } = client(() => json(403, { detail: 'Unknown tenant' }), 2);
    const error = await rejection(api.history('c1'));
    expect(calls).to.have.length(1);
    expect(failureText(createTerm('en', [en, enChat]), toFailure(error))).to.equal('This site is not allowed to use the chat service. (Unknown tenant)');
  });

  describe('retries only what is idempotent', () => {
    const busy = () => json(503, { detail: 'busy' }, { 'Retry-After': '0' });
    const feedbackBody = { rating: 'up' as const };

    it('regenerate is made once: a repeat would start a second answer', async () => {
      const { api, calls } = client(busy, 2);
      expect((await rejection(api.regenerate('c1', 'm1'))).status).to.equal(503);
      expect(calls).to.have.length(1);
    });

    it('feedback is made once (the visitor sees it undone and can rate again)', async () => {
      const { api, calls } = client(() => new TypeError('Failed to fetch'), 2);
      expect((await rejection(api.feedback('c1', 'm1', feedbackBody))).kind).to.equal('network');
      expect(calls).to.have.length(1);
    });

    it('a send is retried: the platform dedupes on its client_message_id', async () => {
      let n = 0;
      const { api, calls } = client(() => (++n === 1 ? busy() : json(201, message)), 2);
      const body = { content: 'Hi', role: 'user' as const, metadata: { timestamp: 't', page_url: 'p', tenant_id: 't', client_message_id: 'cm1' } };
      expect((await api.sendMessage('c1', body)).id).to.equal('m1');
      expect(calls.map((c) => (c.body as typeof body).metadata.client_message_id)).to.deep.equal(['cm1', 'cm1']);
    });

    it('chat creation is retried with the same client_chat_id, which the platform dedupes on', async () => {
      let n = 0;
      const chat = { id: 'c1', session_id: 's', visitor_id: 'v', title: 'Website Chat', created_at: 't' };
      const { api, calls } = client(() => (++n === 1 ? new TypeError('Failed to fetch') : json(201, chat)), 2);
      const body = { client_chat_id: 'k1', session_id: 's', visitor_id: 'v', title: 'Website Chat', context: { page_url: 'p', user_agent: 'UA', referrer: '', tenant_id: 't' } };
      expect((await api.createChat(body)).id).to.equal('c1');
      expect(calls.map((c) => (c.body as typeof body).client_chat_id)).to.deep.equal(['k1', 'k1']);
    });
  });

  it('times out each attempt', async () => {
    const stub = stubFetch(() => () => new Promise<Response>(() => undefined));
    const api = new ApiClient({ apiUrl: API, tenantId: 't', fetch: stub.fetch, logger: silentLogger, retries: 0, timeoutMs: 50 });
    const error = await rejection(api.history('c1'));
    expect(error.kind).to.equal('timeout');
  });
});
