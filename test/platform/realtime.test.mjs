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

  it('the session id may travel in the URL only (the guide’s platform reads it there), and the answer reaches that socket', async () => {
    const chat = await createChat(p, 'rt-url-only');
    const c = connect(p, { session: 'rt-url-only' });
    await c.opened;
    c.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'miptech-company', user_agent: 'x', page_url: 'x', chat_id: chat.id } }));
    await until(() => c.frames.some((f) => f.type === 'auth_success'), 'auth_success');
    assert.equal(c.frames[0].data.session_id, 'rt-url-only');
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'q-url-only') });
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'the answer');
    c.ws.close();
  });

  it('a session id in the URL and another in the auth frame is refused (4001)', async () => {
    const c = connect(p, { session: 'rt-url-a' });
    await c.opened;
    c.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'miptech-company', session_id: 'rt-url-b', user_agent: 'x', page_url: 'x' } }));
    assert.equal((await c.closedPromise).code, 4001);
  });

  it('the session id may travel in the auth frame only', async () => {
    const chat = await createChat(p, 'rt-url');
    const c = await connect(p, { session: 'rt-url', sessionInUrl: false }).auth({ chat_id: chat.id });
    assert.equal(c.frames.find((f) => f.type === 'auth_success')?.data.session_id, 'rt-url');
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'q-url') });
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'the answer, to a socket with no session in its URL');
    c.ws.close();
  });

  it('where the tenant requires the secret, a session id with a wrong one is refused (4001); without one, it receives nothing of the session’s chats', async () => {
    const chat = await createChat(p, 'rt-thief', 'demo');
    const guess = connect(p, { session: 'rt-thief', tenant: 'demo' });
    await guess.opened;
    guess.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'demo', session_id: 'rt-thief', user_agent: 'x', page_url: 'x', chat_id: chat.id, visitor_secret: 'guess' } }));
    await until(() => guess.closed, 'closed');
    assert.equal(guess.closed.code, 4001);
    assert.match(guess.closed.reason, /visitor secret/);
    const bare = connect(p, { session: 'rt-thief', tenant: 'demo' });
    await bare.opened;
    bare.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'demo', session_id: 'rt-thief', user_agent: 'x', page_url: 'x', chat_id: chat.id } }));
    await until(() => bare.frames.some((f) => f.type === 'auth_success'), 'accepted, as a visitor still learning its secret');
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('private question', 'q-private') });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(bare.frames.map((f) => f.type), ['auth_success'], 'not one frame of the visitor’s answer');
    bare.ws.close();
  });

  it('where the tenant requires the secret, a socket authenticated before its session had one gets its chat’s frames only once it authenticates again with it', async () => {
    const early = await connect(p, { session: 'rt-early', tenant: 'demo' }).auth(); // a new visitor: no chat, no secret yet
    const chat = await createChat(p, 'rt-early', 'demo');
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('first', 'q-e1') });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(early.frames.filter((f) => f.type.startsWith('response')).length, 0, 'nothing without the secret');
    early.ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'demo', session_id: 'rt-early', user_agent: 'x', page_url: 'x', chat_id: chat.id, visitor_secret: p.secrets.get('rt-early') } }));
    await until(() => early.frames.filter((f) => f.type === 'auth_success').length === 2, 'the second auth_success');
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('second', 'q-e2') });
    await until(() => early.frames.some((f) => f.type === 'response_complete' && f.data.message.reply_to === 'q-e2'), 'the answer after re-auth');
    early.ws.close();
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

describe('reference platform: an answer replayed to a link that joins mid-answer', () => {
  let p;
  before(async () => (p = await platform({ streamDelayMs: 15 })));
  after(() => p.close());

  it('a second link (a reconnect, another tab taking over) gets the answer so far, then the rest: one gapless stream', async () => {
    const chat = await createChat(p, 'rt-replay');
    const first = await connect(p, { session: 'rt-replay' }).auth({ chat_id: chat.id });
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', 'q-replay') });
    await until(() => first.frames.filter((f) => f.type === 'response_chunk').length >= 5, 'five chunks on the first link');
    first.ws.close();
    const second = await connect(p, { session: 'rt-replay' }).auth({ chat_id: chat.id });
    await until(() => second.frames.some((f) => f.type === 'response_complete'), 'response_complete on the second link');
    const kinds = second.frames.map((f) => f.type).filter((t) => t !== 'typing');
    assert.deepEqual(kinds.slice(0, 2), ['auth_success', 'response_start'], 'acknowledged, then the answer started again');
    const chunks = second.frames.filter((f) => f.type === 'response_chunk');
    assert.deepEqual(chunks.map((f) => f.data.index), chunks.map((_, i) => i), 'every chunk from the first, once, in order');
    const { message } = second.frames.find((f) => f.type === 'response_complete').data;
    assert.equal(chunks.map((f) => f.data.delta).join(''), message.content);
    second.ws.close();
  });

  it('a question is pushed to every link of its visitor as a message frame, before its answer (their other tabs show it)', async () => {
    const chat = await createChat(p, 'rt-pushed');
    const other = await connect(p, { session: 'rt-pushed' }).auth({ chat_id: chat.id });
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('Hello there', 'q-pushed') });
    await until(() => other.frames.some((f) => f.type === 'response_start'), 'the answer starting');
    const pushed = other.frames.find((f) => f.type === 'message');
    assert.equal(pushed.data.message.client_message_id, 'q-pushed');
    assert.equal(pushed.data.message.content, 'Hello there');
    assert.ok(other.frames.indexOf(pushed) < other.frames.findIndex((f) => f.type === 'response_start'));
    other.ws.close();
  });

  it('a link that joins after the answer ended gets no replay', async () => {
    const chat = await createChat(p, 'rt-replay-late');
    const first = await connect(p, { session: 'rt-replay-late' }).auth({ chat_id: chat.id });
    await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('hello', 'q-late') });
    await until(() => first.frames.some((f) => f.type === 'response_complete'), 'the answer');
    const second = await connect(p, { session: 'rt-replay-late' }).auth({ chat_id: chat.id });
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(second.frames.map((f) => f.type), ['auth_success']);
    first.ws.close();
    second.ws.close();
  });
});
