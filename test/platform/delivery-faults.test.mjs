// The reference platform's delivery faults (issue 23): platforms that stream an answer to no
// one, lose it, or stop halfway, and keep the whole answer in storage all the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connect, createChat, platform, sendBody, until } from './helpers.mjs';

const history = async (p, chat) => (await (await p.api(`/api/v1/chat/${chat.id}/messages`)).json()).messages;
const ask = (p, chat, id) => p.api(`/api/v1/chat/${chat.id}/messages`, { method: 'POST', body: sendBody('What services does MIPTech offer?', id) });
const storedAnswer = async (p, chat) => {
  for (let i = 0; i < 300; i += 1) {
    const answer = (await history(p, chat)).find((m) => m.role === 'assistant');
    if (answer) return answer;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('no stored answer');
};

describe('reference platform: delivery faults', () => {
  it('late-join: auth takes 800 ms, and an answer started before a socket joined never reaches it', async () => {
    const p = await platform({ faults: ['late-join'] });
    try {
      const chat = await createChat(p, 's-late');
      const c = connect(p, { session: 's-late' });
      await c.opened;
      const started = Date.now();
      const authed = c.auth({ chat_id: chat.id });
      assert.equal((await ask(p, chat, 'q-late')).status, 201, 'the question is accepted while the socket is still joining');
      await authed;
      assert.ok(Date.now() - started >= 750, `auth took ${Date.now() - started} ms`);
      const answer = await storedAnswer(p, chat);
      assert.equal(answer.status, 'complete');
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(c.frames.map((f) => f.type).filter((t) => t !== 'message'), ['auth_success'], 'nothing of the answer, not even replayed');
      // A question asked once the socket has joined is answered on it.
      await ask(p, chat, 'q-late-2');
      await until(() => c.frames.some((f) => f.type === 'response_complete'), 'the second answer, streamed');
      c.ws.close();
    } finally {
      await p.close();
    }
  });

  it('lost-answer: the answer is stored, and not one frame of it is streamed', async () => {
    const p = await platform({ faults: ['lost-answer'] });
    try {
      const chat = await createChat(p, 's-lost');
      const c = await connect(p, { session: 's-lost' }).auth({ chat_id: chat.id });
      await ask(p, chat, 'q-lost');
      assert.equal((await storedAnswer(p, chat)).status, 'complete');
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(c.frames.map((f) => f.type).filter((t) => t !== 'message'), ['auth_success']);
      c.ws.close();
    } finally {
      await p.close();
    }
  });

  it('stall: half the answer streams, then nothing; storage has all of it', async () => {
    const p = await platform({ faults: ['stall'] });
    try {
      const chat = await createChat(p, 's-stall');
      const c = await connect(p, { session: 's-stall' }).auth({ chat_id: chat.id });
      await ask(p, chat, 'q-stall');
      const answer = await storedAnswer(p, chat);
      await new Promise((r) => setTimeout(r, 50));
      const streamed = c.frames.filter((f) => f.type === 'response_chunk').map((f) => f.data.delta).join('');
      assert.ok(streamed.length > 0 && streamed.length < answer.content.length, `${streamed.length} of ${answer.content.length} characters streamed`);
      assert.ok(answer.content.startsWith(streamed));
      assert.equal(c.frames.some((f) => f.type === 'response_complete'), false);
      c.ws.close();
    } finally {
      await p.close();
    }
  });
});
