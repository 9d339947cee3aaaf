import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connect, createChat, platform, sendBody, until } from './helpers.mjs';

describe('reference platform: WebSocket', () => {
  let p;
  before(async () => (p = await platform()));
  after(() => p.close());

  it('auth → auth_success (protocol 1); ping → pong with the same timestamp', async () => {
    const c = await connect(p, { session: 'rt-1' }).auth();
    assert.deepEqual(c.frames[0], { type: 'auth_success', data: { session_id: 'rt-1', protocol: 1 } });
    c.ws.send(JSON.stringify({ type: 'ping', timestamp: 12345 }));
    await until(() => c.frames.some((f) => f.type === 'pong'), 'pong');
    assert.equal(c.frames.find((f) => f.type === 'pong').timestamp, 12345);
    c.ws.close();
  });

  it('a first frame that is not a matching auth closes 4001', async () => {
    const c = connect(p, { session: 'rt-2' });
    await c.opened;
    c.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'miptech-company', session_id: 'someone-else' } }));
    assert.equal((await c.closedPromise).code, 4001);
  });

  it('an unknown tenant or a refused origin closes 4003', async () => {
    assert.equal((await connect(p, { tenant: 'nobody' }).closedPromise).code, 4003);
    assert.equal((await connect(p, { tenant: 'locked' }).closedPromise).code, 4003);
  });

  it('auth with a chat the platform does not know closes 4004', async () => {
    const c = connect(p, { session: 'rt-3' });
    await c.auth({ chat_id: 'no-such-chat' });
    assert.equal((await c.closedPromise).code, 4004);
  });

  it('bad frames after auth get an error frame, not a crash', async () => {
    const c = await connect(p, { session: 'rt-4' }).auth();
    c.ws.send('garbage');
    c.ws.send('{"no_type":1}');
    c.ws.send(JSON.stringify({ type: 'from_the_future' }));
    await until(() => c.frames.filter((f) => f.type === 'error').length === 2, 'two error frames');
    assert.equal(c.ws.readyState, c.ws.OPEN);
    c.ws.close();
  });

  it('streams an answer with gapless indexes, then response_complete with sources, stored in history', async () => {
    const chat = await createChat(p, 'rt-5');
    const c = await connect(p, { session: 'rt-5' }).auth({ chat_id: chat.id });
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', 'q1') });
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'response_complete');
    const start = c.frames.find((f) => f.type === 'response_start');
    assert.equal(start.data.reply_to, 'q1');
    assert.equal(start.data.chat_id, chat.id);
    const chunks = c.frames.filter((f) => f.type === 'response_chunk');
    assert.deepEqual(chunks.map((f) => f.data.index), chunks.map((_, i) => i));
    const { message } = c.frames.find((f) => f.type === 'response_complete').data;
    assert.equal(chunks.map((f) => f.data.delta).join(''), message.content);
    assert.equal(message.id, start.data.message_id);
    assert.match(message.content, /AI website assistants/);
    assert.equal(message.sources[0].title, 'MIPTech Services — Overview');
    assert.equal(message.sources[0].url, `${p.url}/kb/services#overview`);
    const history = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages;
    assert.deepEqual(history.map((m) => m.role), ['user', 'assistant']);
    c.ws.close();
  });

  it('a repeated send (same client_message_id) is not answered twice', async () => {
    const chat = await createChat(p, 'rt-6');
    const c = await connect(p, { session: 'rt-6' }).auth();
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'same') });
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'same') });
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'answer');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(c.frames.filter((f) => f.type === 'response_start').length, 1);
    c.ws.close();
  });

  it('the guide’s raw console WebSocket (no auth frame) stays open, with no 1011', async () => {
    const c = connect(p, { session: 'test-123' });
    await c.opened;
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(c.closed, null);
    c.ws.close();
  });
});

describe('the responder', () => {
  let p;
  before(async () => (p = await platform()));
  after(() => p.close());

  async function ask(question, session) {
    const chat = await createChat(p, session);
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody(question, 'q') });
    let answer;
    for (let i = 0; i < 200 && !answer; i += 1) {
      await new Promise((r) => setTimeout(r, 10));
      answer = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages[1];
    }
    return answer;
  }

  it('answers the obvious questions from the right document', async () => {
    const cases = [
      ['What services does MIPTech offer?', 'services'],
      ['How much does the assistant cost?', 'pricing'],
      ['How can I contact you?', 'contact'],
      ['Is my data secure?', 'faq'],
      ['Where is your office?', 'contact'],
    ];
    for (const [i, [question, doc]] of cases.entries()) {
      const answer = await ask(question, `kb-${i}`);
      assert.ok(answer, question);
      assert.match(answer.sources[0].url, new RegExp(`/kb/${doc}#`), question);
    }
  });

  it('says honestly when it does not know, and cites nothing', async () => {
    const answer = await ask('What is the capital of France?', 'kb-x');
    assert.match(answer.content, /don't know/);
    assert.deepEqual(answer.sources, []);
  });
});
