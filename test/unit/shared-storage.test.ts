// Two instances of one tenant on a page, or two tabs of one site, share one localStorage: what
// each stores merges, nothing is lost, and there is one identity per tenant and browser.
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { FakeApi, MapStorage, flush, makeSession } from '../../testing/fake-session.js';

const outboxKeys = (backing: MapStorage) => [...backing.map.keys()].filter((k) => k.includes(':outbox'));

describe('storage shared by instances and tabs', () => {
  it('two instances with messages waiting keep both: a reload delivers all of them, in order', async () => {
    const backing = new MapStorage();
    const down = new FakeApi();
    down.failNext = Array.from({ length: 20 }, () => new ApiError('network'));
    const a = makeSession({ backing, api: down, ids: 'a' });
    const b = makeSession({ backing, api: down, ids: 'b' });
    a.session.send('one from A');
    b.session.send('two from B');
    a.session.send('three from A');
    await flush();
    expect(outboxKeys(backing)).to.have.length(3);

    // The visitor reloads: one instance now, the platform back.
    const api = new FakeApi();
    const reloaded = makeSession({ backing, api, ids: 'c' });
    expect(reloaded.session.pendingCount()).to.equal(3);
    reloaded.session.connect();
    await flush();
    await flush();
    expect(api.sendBodies.map((body) => body.content)).to.deep.equal(['one from A', 'two from B', 'three from A']);
    expect(outboxKeys(backing)).to.deep.equal([]);
  });

  it('two tabs opened before either chat starts: the second adopts the first one’s identity instead of overwriting it', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const first = makeSession({ backing, api, ids: 'first' });
    const second = makeSession({ backing, api, ids: 'second' }); // both minted before either stored anything
    first.session.connect();
    second.session.connect();
    expect(second.session.sessionId).to.equal(first.session.sessionId);
    // Both send before any chat exists: one chat, which a reload finds.
    first.session.send('from the first tab');
    second.session.send('from the second tab');
    await flush();
    await flush();
    expect(api.chats).to.have.length(1);
    expect(new Set(api.sendBodies.map(() => api.chats[0].id)).size).to.equal(1);
    const reloaded = makeSession({ backing, api, ids: 'reloaded' });
    expect(reloaded.session.chatId).to.equal(api.chats[0].id);
  });

  it('a tab that hears another created the chat (storage event) adopts it and shows its conversation', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const first = makeSession({ backing, api, ids: 'first' });
    const second = makeSession({ backing, api, ids: 'second' });
    first.session.connect();
    second.session.connect();
    first.session.send('Hello from the first tab');
    await flush();
    expect(second.session.chatId).to.equal(null);
    second.session.storageChanged('identity');
    expect(second.session.chatId).to.equal(api.chats[0].id);
    await flush();
    expect(second.session.store.state.messages.map((m) => m.content)).to.include('Hello from the first tab');
  });

  it('a message another tab delivered is not sent again from this one', async () => {
    const backing = new MapStorage();
    const down = new FakeApi();
    down.failNext = [new ApiError('network')];
    const writer = makeSession({ backing, api: down, ids: 'w' });
    writer.session.send('once');
    await flush();
    const other = makeSession({ backing, ids: 'o' }); // restores the waiting message
    expect(other.session.pendingCount()).to.equal(1);
    const [key] = outboxKeys(backing);
    writer.session.retry(); // the writer delivers it and removes its key
    await flush();
    expect(outboxKeys(backing)).to.deep.equal([]);
    other.session.storageChanged(key.replace('miptech-chat:miptech-company:', ''));
    expect(other.session.pendingCount()).to.equal(0);
  });

  it('a conversation cleared in another tab is cleared here too', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    const a = makeSession({ backing, api, ids: 'a' });
    a.session.send('hi');
    await flush();
    const b = makeSession({ backing, api, ids: 'b' });
    b.session.connect();
    await flush();
    expect(b.session.chatId).to.equal('chat-1');
    a.session.clear();
    b.session.storageChanged('identity');
    expect(b.session.chatId).to.equal(null);
    expect(b.session.store.state.messages.filter((m) => m.role === 'user')).to.have.length(0);
  });
});

describe('forget() in another tab', () => {
  it('a connected session whose identity vanished says it was forgotten, and never writes it back', async () => {
    const backing = new MapStorage();
    const a = makeSession({ backing, ids: 'a' });
    const b = makeSession({ backing, ids: 'b' });
    a.session.send('my order number is 12345');
    b.session.connect();
    await flush();
    expect([...backing.map.keys()]).to.include('miptech-chat:miptech-company:identity');
    backing.map.clear(); // forget() in tab A
    expect(b.session.storageChanged('identity'), 'forgotten').to.equal(true);
    b.session.storageChanged('identity');
    expect([...backing.map.keys()]).to.deep.equal([]);
  });

  it('a result that arrives after stop() (a slow chat creation) writes nothing', async () => {
    const backing = new MapStorage();
    const api = new FakeApi();
    let answer: () => void = () => undefined;
    const create = api.createChat.bind(api);
    api.createChat = (body) => new Promise((resolve) => (answer = () => resolve(create(body))));
    const { session } = makeSession({ backing, api });
    session.send('Hello');
    await flush();
    session.stop();
    backing.map.clear(); // forget() removed the keys
    answer();
    await flush();
    await flush();
    expect([...backing.map.keys()]).to.deep.equal([]);
  });
});
