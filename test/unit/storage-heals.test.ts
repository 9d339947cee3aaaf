// Poisoned storage heals itself: whatever fails validation (length, alphabet, count, the message
// limit) is dropped, counted for the diagnostics, and the widget starts again from fresh values.
// A message that cannot be sent can be discarded by the visitor.
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { ChatStorage } from '../../src/ports/safe-storage.js';
import { Outbox } from '../../src/session/outbox.js';
import { MAX_OUTBOX } from '../../src/session/stored.js';
import { FakeApi, MapStorage, flush, makeSession } from '../../testing/fake-session.js';

const IDENTITY = 'miptech-chat:miptech-company:identity';
const entry = (id: string, content = 'hello') => JSON.stringify({ client_message_id: id, content, created_at: '2026-01-01T00:00:00.000Z', seq: 1 });

describe('storage that heals itself', () => {
  for (const [name, sessionId] of [
    ['over the platform’s 128 characters', 's'.repeat(129)],
    ['of 4 MB', 's'.repeat(4_000_000)],
    ['with characters no id has', 'a b<script>'],
  ] as const) {
    it(`a stored session id ${name} is dropped: fresh ids, and the diagnostics count it`, () => {
      const backing = new MapStorage();
      backing.setItem(IDENTITY, JSON.stringify({ session_id: sessionId, visitor_id: 'v-1' }));
      const { session } = makeSession({ backing });
      expect(session.sessionId).to.match(/^id-\d+$/);
      session.connect();
      expect(JSON.parse(backing.getItem(IDENTITY)!).session_id).to.equal(session.sessionId);
    });
  }

  it('a stored message over the message limit is dropped at load instead of failing on every visit', () => {
    const backing = new MapStorage();
    backing.setItem('miptech-chat:t:outbox:ok', entry('ok'));
    backing.setItem('miptech-chat:t:outbox:big', entry('big', 'x'.repeat(4001)));
    const storage = new ChatStorage('t', backing);
    const outbox = new Outbox(storage);
    expect(outbox.size).to.equal(1);
    expect(storage.discarded).to.equal(1);
    expect(backing.getItem('miptech-chat:t:outbox:big')).to.equal(null);
  });

  it(`more than ${MAX_OUTBOX} waiting messages (10,000 planted) are all dropped, without reading them`, () => {
    const backing = new MapStorage();
    for (let i = 0; i < 10_000; i += 1) backing.setItem(`miptech-chat:t:outbox:m${i}`, entry(`m${i}`));
    let reads = 0;
    const getItem = backing.getItem;
    backing.getItem = (k: string) => (reads += 1, getItem(k));
    const storage = new ChatStorage('t', backing);
    const outbox = new Outbox(storage);
    expect(outbox.size).to.equal(0);
    expect(reads).to.equal(0);
    expect(storage.discarded).to.equal(10_000);
    expect(backing.map.size).to.equal(0);
  });

  it('a message that cannot be sent can be discarded: gone from the view, the queue and storage', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    api.failNext = [new ApiError('http', 400, 'refused')];
    const { session } = makeSession({ backing, api });
    const id = session.send('This one the platform refuses')!;
    await flush();
    expect(session.store.state.messages.find((m) => m.key === id)!.delivery).to.equal('failed');
    session.discard(id);
    expect(session.store.state.messages.some((m) => m.key === id)).to.equal(false);
    expect(session.pendingCount()).to.equal(0);
    expect([...backing.map.keys()].filter((k) => k.includes('outbox'))).to.deep.equal([]);
  });
});
