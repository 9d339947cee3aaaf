import { expect } from '@open-wc/testing';
import { storageNamespace } from '../../src/config/config.js';
import { ChatStorage, forgetStored } from '../../src/ports/safe-storage.js';
import { readIdentity, readOutboxEntry } from '../../src/session/stored.js';
import { MapStorage, MemoryMarks } from '../../testing/map-storage.js';
import { until } from '../../testing/wait.js';

describe('ChatStorage', () => {
  it('namespaces keys by tenant', () => {
    const backing = new MapStorage();
    new ChatStorage('demo', backing).write('identity', { session_id: 's', visitor_id: 'v' });
    expect([...backing.map.keys()]).to.deep.equal(['miptech-chat:demo:identity']);
    expect(new ChatStorage('other', backing).read('identity', readIdentity)).to.equal(null);
    expect(new ChatStorage('demo', backing).read('identity', readIdentity)).to.deep.equal({ sessionId: 's', visitorId: 'v', chatId: null, chatKey: null, secret: null, noResume: false });
  });

  it('files data per tenant and platform: the same tenant id on another platform never reads these ids', () => {
    const backing = new MapStorage();
    const real = new ChatStorage(storageNamespace({ tenantId: 'shop', apiUrl: 'https://api.miptech.example/v1' }), backing);
    real.write('identity', { session_id: 's', visitor_id: 'v' });
    expect([...backing.map.keys()]).to.deep.equal(['miptech-chat:shop@https://api.miptech.example:identity']);
    const lookalike = new ChatStorage(storageNamespace({ tenantId: 'shop', apiUrl: 'https://api.miptech-chat.example' }), backing);
    expect(lookalike.read('identity', readIdentity)).to.equal(null);
  });

  it('forgetting one platform’s data leaves another’s whose origin only extends it (:8500 after 127.0.0.1)', () => {
    const backing = new MapStorage();
    const near = storageNamespace({ tenantId: 'shop', apiUrl: 'http://127.0.0.1' });
    const far = storageNamespace({ tenantId: 'shop', apiUrl: 'http://127.0.0.1:8500' });
    for (const ns of [near, far]) {
      new ChatStorage(ns, backing).write('identity', { session_id: 's', visitor_id: 'v' });
      new ChatStorage(ns, backing).write('consent', { accepted_at: 'x' });
      new ChatStorage(ns, backing).write('outbox:m1', { client_message_id: 'm1' });
      new ChatStorage(`${ns}#abc123`, backing).write('identity', { session_id: 's', visitor_id: 'v' });
    }
    backing.setItem('miptech-chat:read-answers-at-end', 'true');
    forgetStored({ storage: () => backing }, near);
    expect([...backing.map.keys()].sort()).to.deep.equal([
      'miptech-chat:read-answers-at-end',
      `miptech-chat:${far}#abc123:identity`,
      `miptech-chat:${far}:consent`,
      `miptech-chat:${far}:identity`,
      `miptech-chat:${far}:outbox:m1`,
    ]);
    forgetStored({ storage: () => backing }, far);
    expect([...backing.map.keys()]).to.deep.equal(['miptech-chat:read-answers-at-end']);
  });

  it('tells once, on its first value kept beyond the page, so the session marks the browser', () => {
    let told = 0;
    const storage = new ChatStorage('t', new MapStorage(), () => (told += 1));
    expect(storage.read('identity', readIdentity)).to.equal(null);
    expect(told, 'not for a read').to.equal(0);
    storage.write('identity', { session_id: 's', visitor_id: 'v' });
    storage.write('outbox:m1', { client_message_id: 'm1' });
    expect(told).to.equal(1);
  });

  it('tells nothing when it keeps values in memory only (no storage, or a full one), or after its session closed', () => {
    let told = 0;
    const tell = () => (told += 1);
    new ChatStorage('t', null, tell).write('identity', { session_id: 's' });
    const full = new MapStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    new ChatStorage('t', full, tell).write('identity', { session_id: 's' });
    const closed = new ChatStorage('t', new MapStorage(), tell);
    closed.close();
    closed.write('identity', { session_id: 's' });
    expect(told).to.equal(0);
  });

  it('forgetting removes the browser’s mark too, and only this platform’s', async () => {
    const marks = new MemoryMarks();
    const ns = storageNamespace({ tenantId: 'shop', apiUrl: 'http://127.0.0.1' });
    marks.names.add(`miptech-chat:${ns}`);
    marks.names.add(`miptech-chat:${ns}:8500`);
    forgetStored({ storage: () => new MapStorage(), marks: () => marks }, ns);
    await until(() => marks.names.size === 1, 'the mark removed');
    expect([...marks.names]).to.deep.equal([`miptech-chat:${ns}:8500`]);
    // Where there is no mark store, or it refuses, storage is forgotten all the same.
    const backing = new MapStorage();
    new ChatStorage(ns, backing).write('identity', { session_id: 's' });
    forgetStored({ storage: () => backing, marks: () => { throw new DOMException('opaque', 'SecurityError'); } }, ns);
    expect(backing.length).to.equal(0);
  });

  it('drops garbage from an older version instead of using it', () => {
    const backing = new MapStorage();
    backing.setItem('miptech-chat:t:identity', '{not json');
    backing.setItem('miptech-chat:t:outbox:m1', JSON.stringify({ text: 'old format' }));
    const storage = new ChatStorage('t', backing);
    expect(storage.read('identity', readIdentity)).to.equal(null);
    expect(storage.read('outbox:m1', readOutboxEntry)).to.equal(null);
    expect(backing.map.size).to.equal(0);
  });

  it('falls back to memory when localStorage cannot even be read (Safari private mode, sandboxed iframes)', () => {
    const storage = new ChatStorage('t', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(storage.mode).to.equal('memory');
    expect(storage.fallback).to.deep.equal({ reason: 'unavailable', detail: 'The operation is insecure.' });
    storage.write('identity', { session_id: 's', visitor_id: 'v' });
    expect(storage.read('identity', readIdentity)).to.deep.equal({ sessionId: 's', visitorId: 'v', chatId: null, chatKey: null, secret: null, noResume: false });
  });

  it('falls back to memory when storage is full, keeping what was written', () => {
    const backing = new MapStorage();
    backing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const storage = new ChatStorage('t', backing);
    storage.write('outbox:a', { client_message_id: 'a', content: 'x', created_at: 't' });
    expect(storage.mode).to.equal('memory');
    expect(storage.read('outbox:a', readOutboxEntry)).to.deep.equal({ client_message_id: 'a', content: 'x', created_at: 't', seq: 0 });
    expect(storage.keys('outbox:')).to.deep.equal(['outbox:a']);
  });
});
