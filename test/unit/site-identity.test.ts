import { expect } from '@open-wc/testing';
import { ApiClient } from '../../src/api/api-client.js';
import { AuthToken } from '../../src/api/auth-token.js';
import { contextPayload, visitorKey, visitorPayload } from '../../src/config/visitor.js';
import { silentLogger } from '../../src/log/logger.js';
import { SocketState } from '../../src/protocol/connection.js';
import { flush, makeSession } from '../../testing/fake-session.js';
import { json, stubFetch } from '../../testing/stub-fetch.js';

const API = 'http://platform.test';

/** A getAuthToken that counts its calls and hands out token-1, token-2… */
function tokens() {
  const source = { calls: 0, get: () => Promise.resolve(`token-${++source.calls}`) };
  return source;
}

describe('the site’s token (getAuthToken)', () => {
  it('REST: the token goes in Authorization: Bearer; a 401 fetches a new one and tries once more', async () => {
    const source = tokens();
    let n = 0;
    const stub = stubFetch(() => (++n === 2 ? json(401, { detail: 'The bearer token has expired' }) : json(200, { messages: [] })));
    const api = new ApiClient({ apiUrl: API, tenantId: 't', fetch: stub.fetch, logger: silentLogger, retries: 0, authToken: new AuthToken(() => source.get, silentLogger) });
    await api.history('c1');
    await api.history('c1');
    expect(stub.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
    expect(source.calls).to.equal(2);
  });

  it('REST: a second 401 with the new token is a real refusal, and no loop', async () => {
    const source = tokens();
    const stub = stubFetch(() => json(401, { detail: 'no' }));
    const api = new ApiClient({ apiUrl: API, tenantId: 't', fetch: stub.fetch, logger: silentLogger, retries: 0, authToken: new AuthToken(() => source.get, silentLogger) });
    const error = await api.history('c1').catch((e: unknown) => e);
    expect((error as { status: number }).status).to.equal(401);
    expect(stub.calls).to.have.length(2);
  });

  it('without getAuthToken, no request carries Authorization, and a 401 is not retried', async () => {
    const stub = stubFetch(() => json(401, { detail: 'no' }));
    const api = new ApiClient({ apiUrl: API, tenantId: 't', fetch: stub.fetch, logger: silentLogger, retries: 0, authToken: new AuthToken(() => null, silentLogger) });
    await api.history('c1').catch(() => undefined);
    expect(stub.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal([null]);
  });

  it('the socket’s first auth waits for the token and carries it; 4001 fetches a new one and reconnects once, showing no error', async () => {
    const source = tokens();
    const { session, socket } = makeSession({ getAuthToken: source.get });
    session.connect();
    expect(socket().connects).to.equal(0, 'no auth before the token');
    await flush();
    expect(socket().connects).to.equal(1);
    expect((socket().authData() as { token?: string }).token).to.equal('token-1');
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    expect(session.store.state.error).to.equal(null);
    await flush();
    expect(socket().connects).to.equal(2);
    expect((socket().authData() as { token?: string }).token).to.equal('token-2');
    // Refused again at once: that is a real refusal, shown.
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    await flush();
    expect(socket().connects).to.equal(2);
    expect(session.store.state.error).to.not.equal(null);
  });

  it('a platform that acknowledges and then closes 4001 at once gets one new token, then the refusal is shown: no storm of sockets and token calls', async () => {
    const source = tokens();
    const { session, socket, scheduler } = makeSession({ getAuthToken: source.get });
    session.connect();
    await flush();
    for (let round = 0; round < 5; round += 1) {
      socket().authData(); // the real socket builds its auth frame as the link opens
      socket().setStatus({ state: SocketState.Open });
      socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
      await flush();
      scheduler.advance(1_000);
    }
    expect(socket().connects).to.equal(2, 'one reconnect with a new token');
    expect(source.calls).to.equal(2, 'the first token and one new one');
    expect(session.store.state.error).to.not.equal(null, 'the second refusal in a row is shown');
    // Much later (a token that expired after a while), a 4001 gets a new token again, once.
    scheduler.advance(30_000);
    session.retry();
    socket().authData();
    socket().setStatus({ state: SocketState.Open });
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    await flush();
    expect(source.calls).to.equal(3);
    expect(socket().connects).to.equal(4, 'Retry, then the reconnect with the new token');
  });

  it('a tab that follows another’s connection waits out a 4001 silently, fetching no token and asking for no reconnect; the second is shown', async () => {
    const source = tokens();
    const { session, socket } = makeSession({ getAuthToken: source.get });
    session.connect();
    await flush();
    socket().role = 'follower';
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    await flush();
    expect([source.calls, socket().connects]).to.deep.equal([1, 1], 'no new token, no reconnect: the tab holding the connection does both');
    expect(session.store.state.error).to.equal(null);
    socket().setStatus({ state: SocketState.Open });
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    expect(session.store.state.error).to.not.equal(null, 'the second refusal in a row, shown in every tab');
  });

  it('a refreshed token replaces the old one only when it arrives: an auth built meanwhile still carries one', async () => {
    let release: (token: string) => void = () => undefined;
    let calls = 0;
    const { session, socket } = makeSession({ getAuthToken: () => (calls += 1) === 1 ? Promise.resolve('token-1') : new Promise<string>((resolve) => (release = resolve)) });
    session.connect();
    await flush();
    socket().authData();
    socket().setStatus({ state: SocketState.Closed, problem: 'auth-failed', closeCode: 4001 });
    await flush();
    expect((socket().authData() as { token?: string }).token).to.equal('token-1', 'kept while the new one is on its way');
    release('token-2');
    await flush();
    await flush();
    expect((socket().authData() as { token?: string }).token).to.equal('token-2');
  });

  it('a getAuthToken that never settles is given up after 10 s: the socket goes on without a token', async () => {
    const { session, socket, scheduler } = makeSession({ getAuthToken: () => new Promise<string>(() => undefined) });
    session.connect();
    await flush();
    scheduler.advance(9_999);
    await flush();
    expect(socket().connects).to.equal(0, 'still waiting for the token');
    scheduler.advance(1);
    await flush();
    await flush();
    expect(socket().connects).to.equal(1);
    expect((socket().authData() as { token?: string }).token).to.equal(undefined);
  });

  it('a failing getAuthToken is logged and the connection goes on without a token (the platform then says why)', async () => {
    const { session, socket } = makeSession({ getAuthToken: () => Promise.reject(new Error('signed out')) });
    session.connect();
    await flush();
    await flush();
    expect(socket().connects).to.equal(1);
    expect((socket().authData() as { token?: string }).token).to.equal(undefined);
  });

  it('the token is never stored', async () => {
    const { session, backing, socket } = makeSession({ getAuthToken: () => Promise.resolve('very-secret-token') });
    session.send('Q');
    await flush();
    socket().setStatus({ state: SocketState.Open });
    await flush();
    expect(JSON.stringify([...backing.map])).to.not.include('very-secret-token');
  });
});

describe('the site’s visitor and context', () => {
  it('the visitor goes with the chat’s creation and in auth; the context joins the chat’s (the page’s fields win) and rides with each message', async () => {
    let context: Record<string, string | number> = { plan: 'pro', page_url: 'forged' };
    const visitor = { id: 'user-42', name: 'Ada', hash: 'abc' };
    const { session, api, socket } = makeSession({ visitor, context: () => context });
    session.send('Q1');
    await flush();
    expect(api.createBodies[0].visitor).to.deep.equal(visitor);
    expect(api.createBodies[0].context).to.include({ plan: 'pro', page_url: 'http://site.test/pricing', tenant_id: 'miptech-company' });
    expect(api.sendBodies[0].metadata.context).to.deep.equal({ plan: 'pro', page_url: 'forged' });
    expect((socket().authData() as { visitor?: unknown }).visitor).to.deep.equal(visitor);
    context = { plan: 'enterprise', cart_value: 99 };
    session.send('Q2');
    await flush();
    expect(api.sendBodies[1].metadata.context).to.deep.equal({ plan: 'enterprise', cart_value: 99 });
    expect(api.createBodies).to.have.length(1);
  });

  it('a verified visitor on a new device asks to resume, and the chat auth_success names is shown with its history', async () => {
    const { session, api, socket } = makeSession({ visitor: { id: 'u', hash: 'h' } });
    api.messages.push({ id: 'm1', chat_id: 'chat-from-laptop', seq: 1, role: 'user', content: 'Asked on the laptop', created_at: 't' });
    session.connect();
    expect((socket().authData() as { resume?: boolean }).resume).to.equal(true);
    socket().acknowledgement = { session_id: 's', chat_id: 'chat-from-laptop', visitor_secret: 'sec' };
    socket().setStatus({ state: SocketState.Open });
    await flush();
    expect(session.chatId).to.equal('chat-from-laptop');
    expect(session.visitorSecret()).to.equal('sec');
    expect(session.store.state.messages.map((m) => m.content)).to.deep.equal(['Asked on the laptop']);
  });

  it('an anonymous or unverified visitor never adopts a chat it did not make, and a cleared conversation is not resumed', async () => {
    for (const visitor of [undefined, { id: 'u' }]) {
      const { session, socket } = makeSession({ visitor });
      session.connect();
      expect((socket().authData() as { resume?: boolean }).resume).to.equal(undefined);
      socket().acknowledgement = { session_id: 's', chat_id: 'someone-else', visitor_secret: 'x' };
      socket().setStatus({ state: SocketState.Open });
      await flush();
      expect(session.chatId).to.equal(null);
    }
    const { session, socket, backing } = makeSession({ visitor: { id: 'u', hash: 'h' } });
    session.clear();
    session.connect();
    expect((socket().authData() as { resume?: boolean }).resume).to.equal(undefined);
    // …and after a reload too: starting over is remembered with the ids.
    const again = makeSession({ visitor: { id: 'u', hash: 'h' }, backing });
    again.session.connect();
    expect((again.socket().authData() as { resume?: boolean }).resume).to.equal(undefined);
  });

  it('a verified visitor who only opened the chat here before (ids stored, no chat) still gets their conversation back', () => {
    const first = makeSession({ visitor: { id: 'u', hash: 'h' } });
    first.session.connect();
    first.session.stop();
    const later = makeSession({ visitor: { id: 'u', hash: 'h' }, backing: first.backing });
    later.session.connect();
    expect((later.socket().authData() as { resume?: boolean }).resume).to.equal(true);
  });

  it('visitorPayload keeps id (a number becomes text), name, email and hash, trimmed and bounded; anything else is anonymous', () => {
    expect(visitorPayload({ id: ' a ', name: 'Ada', email: 'a@x', hash: 'h', role: 'admin' })).to.deep.equal({ id: 'a', name: 'Ada', email: 'a@x', hash: 'h' });
    expect(visitorPayload({ id: 42 })).to.deep.equal({ id: '42' });
    for (const bad of [null, undefined, 'ada', {}, { id: '' }, { id: 'x'.repeat(300) }]) expect(visitorPayload(bad)).to.equal(null);
  });

  it('contextPayload keeps a flat object of primitives within limits, and names what it leaves out', () => {
    const { context, dropped } = contextPayload({ plan: 'pro', cart: 12.5, trial: false, coupon: null, nested: { a: 1 }, list: [1], big: 'x'.repeat(501), nan: Number.NaN });
    expect(context).to.deep.equal({ plan: 'pro', cart: 12.5, trial: false, coupon: null });
    expect(dropped).to.deep.equal(['nested', 'list', 'big', 'nan']);
    expect(contextPayload([1, 2]).context).to.deep.equal({});
    expect(Object.keys(contextPayload(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))).context)).to.have.length(30);
  });

  it('each visitor’s storage is filed apart, under a digest that does not spell out their id', () => {
    expect(visitorKey(null)).to.equal('');
    const key = visitorKey({ id: 'ada@example.com' });
    expect(key).to.match(/^#[0-9a-z]+$/);
    expect(key).to.not.include('ada');
    expect(visitorKey({ id: 'ada@example.com' })).to.equal(key);
    expect(visitorKey({ id: 'grace@example.com' })).to.not.equal(key);
  });
});
