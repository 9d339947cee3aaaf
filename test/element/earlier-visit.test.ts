// A visitor who left with messages unsent (offline, the tab closed) comes back: the messages go
// without waiting for an open. The widget looks for them once the page is idle, so that reading
// storage is never part of the host page's own loading.
import { expect } from '@open-wc/testing';
import { storageNamespace } from '../../src/config/config.js';
import { MapStorage } from '../../testing/map-storage.js';
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
});
