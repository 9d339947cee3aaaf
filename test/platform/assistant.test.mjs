import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connect, createChat, platform, sendBody, until } from './helpers.mjs';

/** Sends a question over REST and waits for its complete answer on the socket. */
async function askOver(p, client, chat, text, clientId) {
  await p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody(text, clientId) });
  await until(() => client.frames.some((f) => f.type === 'response_complete' && f.data.message.reply_to === clientId), `answer to ${clientId}`);
  return client.frames.filter((f) => f.type === 'response_complete' && f.data.message.reply_to === clientId).at(-1).data.message;
}

describe('reference platform: the assistant experience', () => {
  let p;
  before(async () => (p = await platform()));
  after(() => p.close());

  it('answers carry follow-up suggestions and the question they reply to', async () => {
    const chat = await createChat(p, 'a1');
    const c = await connect(p, { session: 'a1' }).auth();
    const answer = await askOver(p, c, chat, 'What services does MIPTech offer?', 'q1');
    assert.equal(answer.reply_to, 'q1');
    assert.ok(answer.suggestions.length >= 2);
    assert.ok(!answer.suggestions.includes('What services does MIPTech offer?'));
    c.ws.close();
  });

  it('answers show the knowledge base as written: code blocks, and images by absolute URL that the platform serves', async () => {
    const chat = await createChat(p, 'a-media');
    const c = await connect(p, { session: 'a-media' }).auth();
    const embed = await askOver(p, c, chat, 'How do I add the assistant to my website?', 'q-embed');
    assert.match(embed.content, /```html\n<script src="[^"]+miptech-chat\.js" defer><\/script>/);
    const office = await askOver(p, c, chat, 'Where is your office?', 'q-office');
    const image = /!\[Map of the MIPTech office in Boston\]\((http:\/\/[^)]+)\)/.exec(office.content);
    assert.ok(image, office.content);
    assert.ok(image[1].startsWith(p.url), `absolute, on the platform: ${image[1]}`);
    const res = await fetch(image[1]);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    assert.match(await res.text(), /^<svg/);
    assert.equal((await fetch(`${p.url}/kb/assets/nope.svg`)).status, 404);
    c.ws.close();
  });

  it('feedback: stored per answer, replaced by a new rating, validated', async () => {
    const chat = await createChat(p, 'a2');
    const c = await connect(p, { session: 'a2' }).auth();
    const answer = await askOver(p, c, chat, 'hello', 'q');
    const url = `/api/v1/chat/${chat.id}/messages/${answer.id}/feedback`;
    const up = await p.api(url, { method: 'POST', body: JSON.stringify({ rating: 'up' }) });
    assert.equal(up.status, 200);
    const down = await (await p.api(url, { method: 'POST', body: JSON.stringify({ rating: 'down', comment: 'too short' }) })).json();
    assert.deepEqual({ rating: down.rating, comment: down.comment, message_id: down.message_id }, { rating: 'down', comment: 'too short', message_id: answer.id });
    assert.equal((await p.api(url, { method: 'POST', body: JSON.stringify({ rating: 'meh' }) })).status, 400);
    assert.equal((await p.api(url, { method: 'POST', body: JSON.stringify({ rating: 'up', comment: 'x'.repeat(1001) }) })).status, 400);
    const question = (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages[0];
    assert.equal((await p.api(`/api/v1/chat/${chat.id}/messages/${question.id}/feedback`, { method: 'POST', body: JSON.stringify({ rating: 'up' }) })).status, 400);
    assert.equal((await p.api(`/api/v1/chat/${chat.id}/messages/nope/feedback`, { method: 'POST', body: JSON.stringify({ rating: 'up' }) })).status, 404);
    c.ws.close();
  });

  it('cancel: stops the stream; what was sent is stored, marked interrupted', async () => {
    const slow = await platform({ streamDelayMs: 20 });
    const chat = await createChat(slow, 'a3');
    const c = await connect(slow, { session: 'a3' }).auth();
    await slow.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', 'q') });
    await until(() => c.frames.filter((f) => f.type === 'response_chunk').length >= 3, 'a few chunks');
    const messageId = c.frames.find((f) => f.type === 'response_start').data.message_id;
    c.ws.send(JSON.stringify({ type: 'cancel', data: { message_id: messageId } }));
    await until(() => c.frames.some((f) => f.type === 'response_complete'), 'complete');
    const { message } = c.frames.find((f) => f.type === 'response_complete').data;
    const streamed = c.frames.filter((f) => f.type === 'response_chunk').map((f) => f.data.delta).join('');
    assert.equal(message.status, 'interrupted');
    assert.equal(message.content, streamed);
    assert.ok(message.content.length < 200);
    c.ws.close();
    await slow.close();
  });

  it('regenerate: streams a new answer to the same question (202)', async () => {
    const chat = await createChat(p, 'a4');
    const c = await connect(p, { session: 'a4' }).auth();
    const first = await askOver(p, c, chat, 'How can I contact you?', 'q');
    const res = await p.api(`/api/v1/chat/${chat.id}/messages/${first.id}/regenerate`, { method: 'POST', body: '{}' });
    assert.equal(res.status, 202);
    await until(() => c.frames.filter((f) => f.type === 'response_complete').length === 2, 'second answer');
    const second = c.frames.filter((f) => f.type === 'response_complete')[1].data.message;
    assert.notEqual(second.id, first.id);
    assert.equal(second.reply_to, 'q');
    assert.equal(second.seq, first.seq + 1);
    c.ws.close();
  });
});
