import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFaults } from '../../demo/platform/faults.mjs';
import { connect, createChat, platform, sendBody, tempFile, until } from './helpers.mjs';

describe('reference platform: fault switches', () => {
  it('parses NAME[=VALUE] lists and refuses unknown names', () => {
    assert.deepEqual(parseFaults('ws-1011,latency=200'), { 'ws-1011': true, latency: 200 });
    assert.throws(() => parseFaults(['nope']), /unknown fault "nope"/);
  });

  it('no-auth-ack: auth is taken without auth_success, and the chat’s frames still stream to the socket', async () => {
    const p = await platform({ faults: ['no-auth-ack'] });
    try {
      const chat = await createChat(p, 's-noack');
      const client = connect(p, { session: 's-noack', sessionInUrl: false });
      await client.opened;
      client.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'miptech-company', session_id: 's-noack', user_agent: 'node', page_url: 'http://x/', visitor_secret: p.secrets.get('s-noack') } }));
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(client.frames.length, 0, 'no auth_success');
      assert.equal((await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', 'm-noack') })).status, 201);
      await until(() => client.frames.some((f) => f.type === 'response_complete'), 'the answer streamed');
      assert.ok(client.frames.some((f) => f.type === 'response_chunk'));
      assert.equal(client.closed, null);
      client.ws.close();
    } finally {
      await p.close();
    }
  });

  it('ws-1011: accepts the upgrade, then closes with 1011 (the guide’s blocker)', async () => {
    const p = await platform({ faults: ['ws-1011'] });
    const c = connect(p);
    await c.opened;
    const closed = await c.closedPromise;
    assert.equal(closed.code, 1011);
    assert.match(closed.reason, /Vector store/);
    await p.close();
  });

  it('latency=MS delays every REST answer', async () => {
    const p = await platform({ faults: ['latency=150'] });
    const started = Date.now();
    await p.api('/api/v1/health');
    assert.ok(Date.now() - started >= 140);
    await p.close();
  });

  it('rest-fail answers chat calls with 503 + Retry-After, health stays up; rest-slow slows them', async () => {
    const p = await platform({ faults: ['rest-fail'] });
    const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: 's', visitor_id: 'v' }) });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '1');
    assert.equal((await p.api('/api/v1/health')).status, 200);
    await p.close();
    const slow = await platform({ faults: ['rest-slow=120'] });
    const started = Date.now();
    await createChat(slow);
    assert.ok(Date.now() - started >= 110);
    await slow.close();
  });

  it('drop-mid-answer cuts the socket halfway; the answer is still finished and stored', async () => {
    const p = await platform({ faults: ['drop-mid-answer'] });
    const chat = await createChat(p, 'd1');
    const c = await connect(p, { session: 'd1' }).auth();
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', 'q') });
    const closed = await c.closedPromise;
    assert.equal(closed.code, 1006);
    assert.ok(c.frames.some((f) => f.type === 'response_chunk'));
    assert.ok(!c.frames.some((f) => f.type === 'response_complete'));
    let history = [];
    for (let i = 0; i < 300 && history.length < 2; i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      history = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages;
    }
    assert.equal(history[1].role, 'assistant');
    await p.close();
  });

  it('malformed-frames mixes garbage into the stream', async () => {
    const p = await platform({ faults: ['malformed-frames'] });
    const chat = await createChat(p, 'm1');
    const c = await connect(p, { session: 'm1' }).auth();
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'q') });
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'answer');
    assert.ok(c.raw.includes('not json at all'));
    assert.ok(c.frames.some((f) => f.type === 'from_the_future'));
    c.ws.close();
    await p.close();
  });

  it('lose-send-response stores the message but drops the reply; the retry gets 200 and one message', async () => {
    const p = await platform({ faults: ['lose-send-response'], control: true });
    const chat = await createChat(p);
    await assert.rejects(p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hi', 'lost') }));
    await p.api('/__control/faults', { method: 'POST', body: JSON.stringify({ faults: [] }) });
    const retry = await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hi', 'lost') });
    assert.equal(retry.status, 200);
    const users = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages.filter((m) => m.role === 'user');
    assert.equal(users.length, 1);
    await p.close();
  });

  it('--control switches faults at run time; without it the endpoint does not exist', async () => {
    const p = await platform({ control: true });
    const res = await p.api('/__control/faults', { method: 'POST', body: JSON.stringify({ faults: ['ws-1011'] }) });
    assert.deepEqual((await res.json()).faults, { 'ws-1011': true });
    assert.equal((await connect(p).closedPromise).code, 1011);
    await p.close();
    const q = await platform();
    assert.equal((await q.api('/__control/faults', { method: 'POST', body: '{}' })).status, 404);
    await q.close();
  });

  it('with --data, a restarted platform still has every chat and message', async () => {
    const dataFile = tempFile('journal.jsonl');
    const first = await platform({ dataFile });
    const chat = await createChat(first);
    await first.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('remember me', 'r1') });
    await first.close();
    const second = await platform({ dataFile });
    second.secrets.set('s1', first.secrets.get('s1'));
    second.chatSessions.set(chat.id, 's1');
    const history = (await (await second.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages;
    assert.equal(history[0].content, 'remember me');
    const again = await second.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('remember me', 'r1') });
    assert.equal(again.status, 200);
    await second.close();
  });
});
