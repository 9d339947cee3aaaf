import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ORIGIN, createChat, platform, sendBody } from './helpers.mjs';

describe('reference platform: REST', () => {
  let p;
  before(async () => (p = await platform()));
  after(() => p.close());

  it('health and the /healthz fallback answer {"status":"healthy","version":"0.1.0"}', async () => {
    for (const path of ['/api/v1/health', '/healthz']) {
      const res = await fetch(`${p.url}${path}`, { headers: { 'X-Tenant-ID': 'miptech-company' } });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'healthy', version: '0.1.0' });
    }
  });

  it('answers CORS preflights for the widget’s headers, only for known origins', async () => {
    const res = await fetch(`${p.url}/api/v1/chat/`, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-tenant-id,x-client' } });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(res.headers.get('access-control-allow-headers'), /X-Tenant-ID/);
    assert.match(res.headers.get('access-control-allow-headers'), /X-Client/);
    const evil = await fetch(`${p.url}/api/v1/chat/`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
  });

  it('creates a chat (201) from the guide’s body', async () => {
    const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 's', visitor_id: 'v', title: 'Website Chat', context: { page_url: 'x', user_agent: 'y', referrer: '', tenant_id: 'miptech-company' } }) });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    const chat = await res.json();
    assert.deepEqual(Object.keys(chat).sort(), ['created_at', 'id', 'session_id', 'title', 'visitor_id', 'visitor_secret']);
    assert.match(chat.visitor_secret, /^[\w-]{43}$/);
  });

  it('chat creation is idempotent on client_chat_id: a repeat answers 200 with the same chat', async () => {
    const create = () => p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ client_chat_id: 'key-1', session_id: 's9', visitor_id: 'v9', title: 'Website Chat', context: {} }) });
    const first = await create();
    const again = await create();
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    const [a, b] = [await again.json(), await first.json()];
    assert.equal(a.id, b.id);
    assert.equal(a.visitor_secret, b.visitor_secret, 'a retry whose answer was lost learns the secret');
    const other = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ client_chat_id: 'key-2', session_id: 's9', visitor_id: 'v9' }), headers: { 'X-Visitor-Secret': b.visitor_secret } });
    assert.equal(other.status, 201);
    const bad = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ client_chat_id: '', session_id: 's9', visitor_id: 'v9' }) });
    assert.equal(bad.status, 400);
  });

  it('where the tenant requires it, a chat’s calls need its visitor secret: without it, or with a wrong one, 403; a new chat in a session that has one needs it too', async () => {
    const chat = await createChat(p, 'secret-session', 'demo');
    const path = `/api/v1/chat/${chat.id}/messages`;
    for (const secret of [null, 'x'.repeat(43)]) {
      assert.equal((await p.api(path, { secret })).status, 403);
      assert.equal((await p.api(path, { method: 'POST', body: sendBody('hi', 'nope'), secret })).status, 403);
    }
    const refused = await p.api(path, { secret: null });
    assert.match((await refused.json()).detail, /X-Visitor-Secret/);
    assert.equal((await p.api(path)).status, 200);
    const steal = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 'secret-session', visitor_id: 'attacker' }), secret: null, tenant: 'demo' });
    assert.equal(steal.status, 403, 'a known session id alone does not buy its secret');
  });

  it('the guide’s tenant (no require_visitor_secret) serves the guide’s client, which never sends the secret: it still gets one, to send if it can', async () => {
    const created = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 'guide-session', visitor_id: 'v', title: 'Website Chat', context: {} }) });
    const chat = await created.json();
    assert.match(chat.visitor_secret, /^[\w-]{43}$/);
    const path = `/api/v1/chat/${chat.id}/messages`;
    const sent = await p.api(path, { method: 'POST', body: JSON.stringify({ content: 'What services does MIPTech offer?', role: 'user', metadata: { timestamp: 'now', page_url: 'http://x/', tenant_id: 'miptech-company' } }) });
    assert.equal(sent.status, 201);
    let history = [];
    for (let i = 0; i < 200 && !history.some((m) => m.role === 'assistant'); i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      history = (await (await p.api(path)).json()).messages; // read without the secret
    }
    assert.deepEqual(history.map((m) => m.role), ['user', 'assistant']);
    assert.equal((await p.api(path, { secret: chat.visitor_secret })).status, 200, 'the widget sends the secret it has, and that works too');
  });

  it('a browser-only tenant refuses calls without an Origin (a script replaying a visitor’s ids)', async () => {
    const chat = await createChat(p, 'origin-session');
    const res = await fetch(`${p.url}/api/v1/chat/${chat.id}/messages`, { headers: { 'X-Tenant-ID': 'miptech-company', 'X-Visitor-Secret': p.secrets.get('origin-session') } });
    assert.equal(res.status, 403);
    assert.match((await res.json()).detail, /Origin/);
  });

  it('requires X-Tenant-ID: 401 without, 403 for an unknown tenant, 403 for a refused origin', async () => {
    const body = JSON.stringify({ session_id: 's', visitor_id: 'v' });
    const missing = await fetch(`${p.url}/api/v1/chat/`, { method: 'POST', body });
    assert.equal(missing.status, 401);
    assert.match((await missing.json()).detail, /X-Tenant-ID/);
    assert.equal((await p.api('/api/v1/chat/', { method: 'POST', body, headers: { 'X-Tenant-ID': 'nobody' } })).status, 403);
    const locked = await p.api('/api/v1/chat/', { method: 'POST', body, headers: { 'X-Tenant-ID': 'locked' } });
    assert.equal(locked.status, 403);
    assert.match((await locked.json()).detail, /Origin/);
  });

  it('sends are idempotent on client_message_id: 201, then 200 with the same message', async () => {
    const chat = await createChat(p);
    const first = await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('Hello', 'cm-1') });
    const again = await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('Hello', 'cm-1') });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    const [a, b] = [await first.json(), await again.json()];
    assert.deepEqual(a, b);
    assert.equal(a.seq, 1);
    assert.equal(a.client_message_id, 'cm-1');
  });

  it('rate-limits sends per chat: the 11th new message in 10 s answers 429 with Retry-After; a retry of a counted one passes', async () => {
    const chat = await createChat(p, 'rate');
    const send = (clientId) => p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody(`m ${clientId}`, clientId) });
    for (let i = 0; i < 10; i += 1) assert.equal((await send(`r${i}`)).status, 201);
    const refused = await send('r10');
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('retry-after'), /^\d+$/);
    assert.match((await refused.json()).detail, /more than 10 messages in 10 s/);
    assert.equal((await send('r3')).status, 200, 'an idempotent retry is not a new message');
  });

  it('history in seq order, with after_seq', async () => {
    const chat = await createChat(p);
    for (const [i, text] of ['one', 'two', 'three'].entries()) await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody(text, `h-${i}`) });
    const all = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages.filter((m) => m.role === 'user');
    assert.deepEqual(all.map((m) => m.content), ['one', 'two', 'three']);
    const later = (await (await p.api(`/api/v1/chat/${chat.id}/messages?after_seq=${all[0].seq}`)).json()).messages;
    assert.ok(later.every((m) => m.seq > all[0].seq));
  });

  it('counts characters as a person does: 4,000 emoji with skin tones (8,000 code points) pass, one more is refused', async () => {
    const chat = await createChat(p);
    const path = `/api/v1/chat/${chat.id}/messages`;
    assert.equal((await p.api(path, { method: 'POST', body: sendBody('👍🏽'.repeat(4000), 'long-1') })).status, 201);
    const over = await p.api(path, { method: 'POST', body: sendBody('👨‍👩‍👧'.repeat(4001), 'long-2') });
    assert.equal(over.status, 413);
    assert.match((await over.json()).detail, /4001 characters; the limit is 4000/);
  });

  it('rejects bad input with a clear detail and never crashes', async () => {
    const chat = await createChat(p);
    const url = `/api/v1/chat/${chat.id}/messages`;
    const cases = [
      [{ method: 'POST', body: '{not json' }, 400, /JSON/],
      [{ method: 'POST', body: JSON.stringify({ content: 42 }) }, 400, /content/],
      [{ method: 'POST', body: JSON.stringify({ content: 'x', role: 'system' }) }, 400, /role/],
      [{ method: 'POST', body: JSON.stringify({ content: 'x', metadata: { client_message_id: 7 } }) }, 400, /client_message_id/],
      [{ method: 'POST', body: JSON.stringify({ content: 'x'.repeat(4001) }) }, 413, /4000/],
      [{ method: 'POST', body: JSON.stringify({ content: 'x'.repeat(300_000) }) }, 413, /larger/],
      [{ method: 'POST', body: '[]' }, 400, /object/],
    ];
    for (const [init, status, detail] of cases) {
      const res = await p.api(url, init);
      assert.equal(res.status, status, init.body.slice(0, 40));
      assert.match((await res.json()).detail, detail);
    }
    assert.equal((await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: '', visitor_id: 'v' }) })).status, 400);
    assert.equal((await p.api(`/api/v1/chat/${chat.id}/messages?after_seq=-1`)).status, 400);
    assert.equal((await p.api('/api/v1/chat/no-such-chat/messages')).status, 404);
    assert.equal((await p.api('/api/v1/nothing')).status, 404);
    assert.equal((await p.api('/api/v1/health')).status, 200);
  });

  it('one tenant cannot read another tenant’s chat', async () => {
    const chat = await createChat(p);
    const res = await p.api(`/api/v1/chat/${chat.id}/messages`, { headers: { 'X-Tenant-ID': 'demo' } });
    assert.equal(res.status, 404);
  });

  it('serves the knowledge documents that answers cite', async () => {
    const res = await fetch(`${p.url}/kb/services`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<h2 id="overview">Overview<\/h2>/);
  });
});
