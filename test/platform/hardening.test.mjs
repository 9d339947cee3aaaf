// What no request can do to the reference platform (issue 26): end the process, take over
// another visitor's chat, mint unlimited demo tokens, or hold the server with endless chats,
// sockets or slow requests.
import assert from 'node:assert/strict';
import { connect as rawConnect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../demo/platform/validate.mjs';
import { ORIGIN, connect, createChat, platform, until } from './helpers.mjs';

/** Sends `text` as it is on a new TCP connection; resolves with what came back before the close. */
function raw(p, text, { keepOpenMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = rawConnect(p.port, '127.0.0.1');
    let received = '';
    socket.on('data', (data) => (received += data));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(text);
    if (keepOpenMs) setTimeout(() => socket.end(), keepOpenMs);
  });
}

const health = async (p) => (await fetch(`${p.url}/api/v1/health`)).status;
const createBody = (extra) => JSON.stringify({ session_id: 'victim', visitor_id: 'victim-v', title: 'Website Chat', context: {}, ...extra });

describe('reference platform: hardening', () => {
  let p;
  before(async () => (p = await platform()));
  after(() => p.close());

  it('a request line that is not a URL gets 400, plain or as an upgrade, and the platform answers on', async () => {
    const plain = await raw(p, 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.match(plain, /^HTTP\/1\.1 400/);
    const upgrade = await raw(p, 'GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
    assert.match(upgrade, /^HTTP\/1\.1 400/);
    assert.equal(await health(p), 200);
  });

  it('replaying another visitor’s client_chat_id is refused (409), with neither their chat nor their secret', async () => {
    const created = await p.api('/api/v1/chat/', { method: 'POST', body: createBody({ client_chat_id: 'victims-key' }) });
    const victim = await created.json();
    for (const [session, visitor] of [['thief', 'victim-v'], ['victim', 'thief-v'], ['thief', 'thief-v']]) {
      const res = await p.api('/api/v1/chat/', { method: 'POST', body: createBody({ client_chat_id: 'victims-key', session_id: session, visitor_id: visitor }) });
      assert.equal(res.status, 409, `${session}/${visitor}`);
      const body = await res.json();
      assert.equal(body.id, undefined);
      assert.equal(JSON.stringify(body).includes(victim.visitor_secret), false);
    }
    const retry = await p.api('/api/v1/chat/', { method: 'POST', body: createBody({ client_chat_id: 'victims-key' }) });
    assert.equal(retry.status, 200, 'the same session and visitor still get their chat back');
    assert.equal((await retry.json()).visitor_secret, victim.visitor_secret);
  });

  it('a stranger naming a known session on a tenant without the secret requirement gets a chat of its own, but never the session’s secret', async () => {
    const mine = await createChat(p, 'known-session');
    const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 'known-session', visitor_id: 'stranger' }), secret: null });
    assert.equal(res.status, 201);
    const theirs = await res.json();
    assert.equal(theirs.visitor_secret, undefined);
    assert.notEqual(theirs.id, mine.id);
    const owner = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 'known-session', visitor_id: 'v1' }), secret: mine.visitor_secret });
    assert.equal((await owner.json()).visitor_secret, mine.visitor_secret, 'the owner, who sends it, gets it');
  });

  it('the demo backend (/demo/token, /demo/login) is off unless the platform is started for the demo', async () => {
    for (const path of ['/demo/token', '/demo/login']) {
      const res = await fetch(`${p.url}${path}`, { method: 'POST', headers: { Origin: ORIGIN }, body: JSON.stringify({ tenant_id: 'secure-demo', user: 'ada' }) });
      assert.equal(res.status, 404, path);
    }
  });

  it('no client creates more than the limit of chats a minute: 429 with Retry-After', async () => {
    const limited = await platform();
    try {
      const statuses = [];
      for (let i = 0; i <= LIMITS.chatsPerWindow; i += 1) {
        const res = await limited.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: `many-${i}`, visitor_id: 'v' }) });
        statuses.push(res.status);
        if (res.status === 429) assert.match(res.headers.get('retry-after') ?? '', /^\d+$/);
      }
      assert.deepEqual(statuses.slice(0, -1), Array(LIMITS.chatsPerWindow).fill(201));
      assert.equal(statuses.at(-1), 429);
    } finally {
      await limited.close();
    }
  });

  it('one visitor holds at most the limit of sockets; one client at most the limit of unauthenticated ones (4029, with its wait)', async () => {
    const limited = await platform();
    try {
      const visitor = [];
      for (let i = 0; i < LIMITS.socketsPerOwner; i += 1) visitor.push(await connect(limited, { session: 'many-tabs' }).auth());
      const extra = await connect(limited, { session: 'many-tabs' }).auth();
      await until(() => extra.closed, 'the extra socket closed');
      assert.equal(extra.closed.code, 4029);
      assert.match(extra.closed.reason, /retry_after_ms=\d+/);
      visitor.forEach((c) => c.ws.close());
      const waiting = [];
      for (let i = 0; i < LIMITS.pendingSocketsPerClient; i += 1) {
        const c = connect(limited, { session: `pending-${i}` });
        await c.opened;
        waiting.push(c);
      }
      const over = connect(limited, { session: 'pending-over' });
      assert.equal((await over.closedPromise).code, 4029);
      waiting.forEach((c) => c.ws.close());
    } finally {
      await limited.close();
    }
  });

  it('headers dribbled, or a body never finished, are cut after their timeouts', async () => {
    const quick = await platform({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    try {
      const started = Date.now();
      // Node closes the connection (with a 408, or nothing when no response could start).
      const dribbled = await raw(quick, 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\n', { keepOpenMs: 20_000 });
      assert.doesNotMatch(dribbled, /200 OK/);
      const body = await raw(quick, 'POST /api/v1/chat/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"sess', { keepOpenMs: 20_000 });
      assert.doesNotMatch(body, /20\d /);
      assert.ok(Date.now() - started < 10_000, `cut within seconds, not Node's minutes (${Date.now() - started} ms)`);
      assert.equal(await health(quick), 200);
    } finally {
      await quick.close();
    }
  });
});
