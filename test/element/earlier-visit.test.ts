// A visitor who left with messages unsent (offline, the tab closed) comes back: the messages go
// without waiting for an open. The widget looks for them once the page is idle, so that reading
// storage is never part of the host page's own loading, and reads it only in a browser the widget
// marked as holding something of its own.
import { expect } from '@open-wc/testing';
import { storageNamespace } from '../../src/config/config.js';
import { MapStorage, MemoryMarks } from '../../testing/map-storage.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

describe('messages left unsent on an earlier visit', () => {
  it('are looked for when the page is idle, not while it loads, and then sent without an open', async () => {
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const storage = new MapStorage();
    const ns = storageNamespace({ tenantId: 'miptech-company', apiUrl: rig.apiUrl });
    const entry = { client_message_id: 'left-1', content: 'Do you ship to Norway?', created_at: '2026-12-05T10:00:00Z' };
    storage.setItem(`miptech-chat:${ns}:outbox:left-1`, JSON.stringify(entry));
    let storageAsked = 0;
    const idle: (() => void)[] = [];
    const ports = {
      ...rig.ports,
      storage: () => ((storageAsked += 1), storage),
      whenIdle: (run: () => void) => void idle.push(run),
    };
    const el = await mount({ 'api-url': rig.apiUrl, prefetch: 'intent' }, { ports });
    await el.updateComplete;
    expect(storageAsked, 'storage untouched while the page loads').to.equal(0);
    expect(rig.calls, 'nothing asked of the platform').to.deep.equal([]);
    expect(idle.length, 'a look asked for when the page is idle').to.be.greaterThan(0);
    idle.splice(0).forEach((run) => run());
    await until(() => api.messages.length === 1, 'the message sent', 10_000);
    expect(api.messages[0].content).to.equal('Do you ship to Norway?');
    expect(el.open, 'without opening the panel').to.equal(false);
  });

  it('a browser is marked once the chat stores something, and unmarked by forget(); an unmarked one is never read', async () => {
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const storage = new MapStorage();
    const marks = new MemoryMarks();
    const ns = storageNamespace({ tenantId: 'miptech-company', apiUrl: rig.apiUrl });
    let reads = 0;
    const idle: (() => void)[] = [];
    const ports = {
      ...rig.ports,
      storage: () => ((reads += 1), storage),
      marks: () => marks,
      whenIdle: (run: () => void) => void idle.push(run),
    };
    const el = await mount({ 'api-url': rig.apiUrl, prefetch: 'intent' }, { ports });
    idle.splice(0).forEach((run) => run());
    await until(() => marks.asked.length === 1, 'the mark asked about');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reads, 'a visitor who never used the chat: storage never read').to.equal(0);
    expect(rig.calls, 'nothing asked of the platform').to.deep.equal([]);
    el.show();
    expect(el.send('Hello')).to.equal(true);
    await until(() => api.messages.length === 1, 'the message sent');
    await until(() => marks.names.has(`miptech-chat:${ns}`), 'the browser marked');
    expect(marks.asked.filter((q) => q.startsWith('open')), 'marked once').to.have.length(1);
    el.forget();
    await until(() => marks.names.size === 0, 'the mark gone with what it marked');
  });
});
