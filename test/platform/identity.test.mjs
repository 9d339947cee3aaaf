import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ORIGIN, connect, platform, sendBody, until } from './helpers.mjs';

const SECRET = 'demo-identity-secret-change-me';
const hash = (id) => createHmac('sha256', SECRET).update(id).digest('hex');

describe('reference platform: auth tokens and verified visitors', () => {
  let p;
  before(async () => (p = await platform({ control: true, demoBackend: true })));
  after(() => p.close());

  const token = async (tenant = 'secure-demo') => (await (await fetch(`${p.url}/demo/token`, { method: 'POST', headers: { Origin: ORIGIN }, body: JSON.stringify({ tenant_id: tenant }) })).json()).token;
  const call = (path, { tenant = 'secure-demo', bearer, secret, ...init } = {}) =>
    fetch(`${p.url}${path}`, { ...init, headers: { 'Content-Type': 'application/json', 'X-Tenant-ID': tenant, Origin: ORIGIN, ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...(secret ? { 'X-Visitor-Secret': secret } : {}) } });
  const create = (body, options) => call('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 'sess-a', visitor_id: 'anon-a', title: 'Website Chat', ...body }), ...options });

  it('a tenant that requires a token answers 401 without one, with a forged one, and after revocation; the demo endpoint issues good ones', async () => {
    const none = await create({ client_chat_id: 't1' });
    assert.equal(none.status, 401);
    assert.match((await none.json()).detail, /bearer token is required/);
    assert.equal((await create({ client_chat_id: 't1' }, { bearer: 'e30.forged' })).status, 401);
    const good = await token();
    const made = await create({ client_chat_id: 't1' }, { bearer: good });
    assert.equal(made.status, 201);
    await fetch(`${p.url}/__control/revoke-tokens`, { method: 'POST' });
    const stale = await create({ client_chat_id: 't1' }, { bearer: good });
    assert.equal(stale.status, 401);
    assert.match((await stale.json()).detail, /expired/);
    assert.equal((await create({ client_chat_id: 't1' }, { bearer: await token() })).status, 200, 'a fresh token works');
    // A tenant without the requirement ignores tokens.
    assert.notEqual((await call('/api/v1/chat/', { tenant: 'demo', method: 'POST', body: JSON.stringify({ session_id: 'x', visitor_id: 'y' }) })).status, 401);
  });

  it('the socket closes 4001 for a missing or stale token, and opens with a good one', async () => {
    const noToken = await connect(p, { tenant: 'secure-demo', session: 'ws-a', sessionInUrl: false }).auth();
    await until(() => noToken.closed, 'close');
    assert.equal(noToken.closed.code, 4001);
    const ok = await connect(p, { tenant: 'secure-demo', session: 'ws-a', sessionInUrl: false }).auth({ token: await token() });
    assert.ok(ok.frames.some((f) => f.type === 'auth_success'));
    ok.ws.close();
  });

  it('verifies a visitor’s hash: refused with a clear error when it does not match, or is missing', async () => {
    const bearer = await token();
    for (const visitor of [{ id: 'ada' }, { id: 'ada', hash: hash('grace') }]) {
      const res = await create({ client_chat_id: `bad-${visitor.hash ?? 'none'}`, visitor }, { bearer });
      assert.equal(res.status, 403);
      assert.match((await res.json()).detail, /hash does not match/);
    }
    const ws = await connect(p, { tenant: 'secure-demo', session: 'ws-b', sessionInUrl: false }).auth({ token: bearer, visitor: { id: 'ada', hash: 'nope' } });
    await until(() => ws.closed, 'close');
    assert.equal(ws.closed.code, 4001);
    assert.equal(ws.frames.find((f) => f.type === 'error')?.data.code, 'visitor_unverified');
  });

  it('a verified visitor gets their chat and secret back on another device (another session), through auth_success', async () => {
    const bearer = await token();
    const visitor = { id: 'grace', name: 'Grace', hash: hash('grace') };
    const made = await create({ client_chat_id: 'grace-1', session_id: 'laptop', visitor_id: 'anon-laptop', visitor, context: { plan: 'pro' } }, { bearer });
    assert.equal(made.status, 201);
    const chat = await made.json();
    const sent = await call(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello from the laptop', 'm1'), bearer, secret: chat.visitor_secret });
    assert.equal(sent.status, 201);
    // The phone: another session, the same verified visitor.
    const phone = await connect(p, { tenant: 'secure-demo', session: 'phone', sessionInUrl: false }).auth({ token: await token(), visitor, resume: true });
    const ok = phone.frames.find((f) => f.type === 'auth_success');
    assert.equal(ok.data.chat_id, chat.id);
    assert.equal(ok.data.visitor_secret, chat.visitor_secret);
    const history = await call(`/api/v1/chat/${chat.id}/messages`, { bearer, secret: ok.data.visitor_secret });
    assert.deepEqual((await history.json()).messages.map((m) => m.content).slice(0, 1), ['hello from the laptop']);
    // Without `resume` (the visitor started over on that device), no chat is named.
    const fresh = await connect(p, { tenant: 'secure-demo', session: 'tablet', sessionInUrl: false }).auth({ token: await token(), visitor });
    assert.equal(fresh.frames.find((f) => f.type === 'auth_success').data.chat_id, undefined);
    fresh.ws.close();
    // Its answers reach the phone's socket too.
    await until(() => phone.frames.some((f) => f.type === 'response_complete'), 'the answer on the phone');
    phone.ws.close();
    // An anonymous session never sees it.
    const stranger = await connect(p, { tenant: 'secure-demo', session: 'stranger', sessionInUrl: false }).auth({ token: await token() });
    assert.equal(stranger.frames.find((f) => f.type === 'auth_success').data.chat_id, undefined);
    stranger.ws.close();
  });

  it('merges the site’s context into the chat: at creation, then with each message; a bad context is refused', async () => {
    const made = await (await call('/api/v1/chat/', { tenant: 'demo', method: 'POST', body: JSON.stringify({ session_id: 'ctx', visitor_id: 'v', context: { page_url: 'http://x/', plan: 'free' } }) })).json();
    const send = (context, id) => call(`/api/v1/chat/${made.id}/messages`, { tenant: 'demo', method: 'POST', secret: made.visitor_secret, body: JSON.stringify({ content: 'hi', role: 'user', metadata: { client_message_id: id, context } }) });
    assert.equal((await send({ plan: 'pro', cart_value: 42 }, 'c1')).status, 201);
    assert.equal((await send({ nested: { no: true } }, 'c2')).status, 400);
    const { chats } = await (await fetch(`${p.url}/__control/chats?tenant_id=demo`)).json();
    assert.deepEqual(chats.find((c) => c.id === made.id).context, { page_url: 'http://x/', plan: 'pro', cart_value: 42 });
  });
});
