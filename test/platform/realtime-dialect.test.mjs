// Conformance: the reference platform's `realtime` and `realtime-jwt` dialects, driven by a small
// client of our own written from ../shared/design/PLATFORM-GENERATIONS.md (not from MIPTech's
// code): the server-first handshake, join_chat, chat_message, the flat answer, per-chat delivery,
// ping both ways, no REST, and G3's close codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import WebSocket from 'ws';
import { ORIGIN, platform, until } from './helpers.mjs';

/** A realtime client: records frames, sends the envelope G4's client sends. */
function realtimeClient(p, { tenant = 'miptech-company', query } = {}) {
  const ws = new WebSocket(`${p.url.replace('http', 'ws')}/api/v1/ws/chat?${query ?? `tenant_id=${tenant}`}`, { headers: { Origin: ORIGIN } });
  const c = { ws, frames: [], closed: null };
  ws.on('message', (data) => c.frames.push(JSON.parse(String(data))));
  c.opened = new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  c.closing = new Promise((resolve) => ws.once('close', (code, reason) => resolve((c.closed = { code, reason: String(reason) }))));
  c.send = (type, data = {}) => ws.send(JSON.stringify({ type, data, timestamp: Date.now(), client_id: null, __normalized: true }));
  c.types = () => c.frames.map((f) => f.type);
  c.next = async (type, after = 0) => {
    await until(() => c.frames.slice(after).some((f) => f.type === type) || c.closed, type);
    return c.frames.slice(after).find((f) => f.type === type);
  };
  return c;
}

const answerOf = (frames) => frames.filter((f) => f.type === 'response_chunk').map((f) => f.data.content).join('');

describe('reference platform: the realtime dialect (G4)', () => {
  it('greets first, lets the client join a new chat, and streams a flat answer to the joined socket only', async () => {
    const p = await platform({ dialect: 'realtime' });
    try {
      const a = realtimeClient(p);
      const ready = await a.next('connection_ready');
      assert.deepEqual(a.types().slice(0, 5), ['connection_established', 'initialization_progress', 'initialization_progress', 'initialization_progress', 'connection_ready']);
      assert.equal(typeof ready.data.client_id, 'string');
      a.send('join_chat', { channel: 'website', create: true });
      const created = await a.next('chat_created');
      assert.equal(typeof created.chat_id, 'string', 'the chat id at the top level');
      assert.equal(created.data.chat_id, created.chat_id, 'and in data');
      // A second visitor's socket, joined to a chat of its own, hears nothing of the first one's answer.
      const b = realtimeClient(p);
      await b.next('connection_ready');
      b.send('join_chat', { channel: 'website', create: true });
      const other = await b.next('chat_created');
      assert.notEqual(other.chat_id, created.chat_id, 'G4 starts a new chat on every join');
      const before = b.frames.length;
      a.send('chat_message', { message: 'What services does MIPTech offer?', stream: true, chat_id: created.chat_id, message_id: 'msg_1' });
      const received = await a.next('message_received');
      assert.equal(received.chat_id, created.chat_id);
      const processing = await a.next('processing');
      assert.equal(processing.data.message_id, undefined, 'processing carries no message id (as captured)');
      const complete = await a.next('response_complete');
      const chunks = a.frames.filter((f) => f.type === 'response_chunk');
      assert.ok(chunks.length > 3, 'streamed in chunks');
      assert.ok(chunks.every((f) => f.data.index === undefined && typeof f.data.content === 'string'), 'chunk text in content, no index');
      assert.equal(complete.data.content, answerOf(a.frames), 'the flat complete carries the whole text');
      assert.equal(complete.data.message, undefined, 'flat, not nested');
      assert.ok(complete.data.created_at < 1e11, 'created_at in seconds');
      assert.ok(Array.isArray(complete.data.sources) && complete.data.sources.length > 0, 'with its sources');
      const ts = a.frames.map((f) => f.event_ts);
      assert.ok(ts.every((t, i) => i === 0 || t > ts[i - 1]), 'event_ts increases');
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(b.frames.slice(before), [], 'nothing reaches a socket that did not join the chat');
      // ping → pong
      a.send('ping', { ts: 1 });
      assert.ok(await a.next('pong'));
      a.ws.close();
      b.ws.close();
    } finally {
      await p.close();
    }
  });

  it('has no chat REST (404) and refuses a socket without a tenant (1008)', async () => {
    const p = await platform({ dialect: 'realtime' });
    try {
      const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 's-rest', visitor_id: 'v', title: 't', context: {} }) });
      assert.equal(res.status, 404);
      assert.equal((await p.api('/healthz')).status, 200, 'health stays');
      const c = realtimeClient(p, { query: '' });
      assert.equal((await c.closing).code, 1008);
    } finally {
      await p.close();
    }
  });

  it('a chat_message with no join registers the socket on a new chat, which message_received names', async () => {
    const p = await platform({ dialect: 'realtime' });
    try {
      const c = realtimeClient(p);
      await c.next('connection_ready');
      c.send('chat_message', { message: 'How can I contact you?', stream: true, message_id: 'msg_2' });
      const received = await c.next('message_received');
      assert.equal(typeof received.data.chat_id, 'string');
      await c.next('response_complete');
      c.ws.close();
    } finally {
      await p.close();
    }
  });
});

describe('reference platform: the realtime-jwt dialect (G3)', () => {
  const token = async (p) => (await (await p.api('/api/token', { method: 'POST', body: JSON.stringify({ tenant_id: 'miptech-company' }) })).json()).token;

  it('joins with a token from its token endpoint, and rejoins the same chat by id', async () => {
    const p = await platform({ dialect: 'realtime-jwt' });
    try {
      const jwt = await token(p);
      assert.equal(typeof jwt, 'string');
      const a = realtimeClient(p);
      await a.next('connection_ready');
      a.send('join_chat', { channel: 'website', create: true, token: jwt });
      const created = await a.next('chat_created');
      const b = realtimeClient(p);
      await b.next('connection_ready');
      b.send('join_chat', { chat_id: created.chat_id, chatId: created.chat_id, token: jwt });
      assert.equal((await b.next('chat_joined')).chat_id, created.chat_id);
      a.send('chat_message', { message: 'How much does it cost?', stream: true, chat_id: created.chat_id });
      await a.next('response_complete');
      await b.next('response_complete');
      assert.equal(answerOf(b.frames), answerOf(a.frames), 'both sockets of the chat get the answer');
      a.ws.close();
      b.ws.close();
    } finally {
      await p.close();
    }
  });

  it('closes 4401 without a token, 4400 on another first frame, 4408 with no join in time', async () => {
    const p = await platform({ dialect: 'realtime-jwt', joinDeadlineMs: 300 });
    try {
      const noToken = realtimeClient(p);
      await noToken.next('connection_ready');
      noToken.send('join_chat', { channel: 'website', create: true });
      assert.equal((await noToken.closing).code, 4401);
      const wrongFirst = realtimeClient(p);
      await wrongFirst.next('connection_ready');
      wrongFirst.send('chat_message', { message: 'hi', stream: true });
      assert.equal((await wrongFirst.closing).code, 4400);
      const silent = realtimeClient(p);
      assert.equal((await silent.closing).code, 4408);
    } finally {
      await p.close();
    }
  });
});

describe('reference platform: the guide, strictly', () => {
  it('reads session_id from the URL only, acknowledges nothing, and numbers nothing', async () => {
    const p = await platform({ strict: true });
    try {
      const noSession = realtimeClient(p, { query: 'tenant_id=miptech-company' });
      assert.equal((await noSession.closing).code, 1008);
      const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 's-strict', visitor_id: 'v', title: 't', context: {} }) });
      const chat = await res.json();
      const c = realtimeClient(p, { query: 'tenant_id=miptech-company&session_id=s-strict' });
      await c.opened;
      c.send('auth', { tenant_id: 'miptech-company', session_id: 's-strict', user_agent: 'node', page_url: 'http://x/', chat_id: chat.id });
      const sent = await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: JSON.stringify({ content: 'Hello there', role: 'user', metadata: { timestamp: 'now', page_url: 'http://x/', tenant_id: 'miptech-company', client_message_id: 'q1' } }) });
      assert.equal((await sent.json()).seq, undefined, 'no seq over REST');
      const complete = await c.next('response_complete');
      assert.equal(complete.data.message.seq, undefined, 'no seq on the socket');
      assert.ok(!c.types().includes('auth_success'), 'no auth_success');
      assert.ok(c.frames.filter((f) => f.type === 'response_chunk').every((f) => f.data.index === undefined), 'no index');
      c.ws.close();
    } finally {
      await p.close();
    }
  });
});
