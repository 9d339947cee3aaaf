// forget() in one instance of a tenant ends the others on the same page too (issue 26): no
// storage event reaches the page that removed the keys, so they are told directly.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { MapStorage } from '../../testing/map-storage.js';
import { conversationRoutes, platformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

describe('forget() with two instances of a tenant on one page', () => {
  it('the other instance tears down too: it asks for consent again, cannot send, and writes nothing back', async () => {
    const storage = new MapStorage();
    const rig = platformRig({ routes: conversationRoutes().routes, storage });
    const [a, b] = [await mount({ 'api-url': rig.apiUrl, consent: 'required' }, { ports: rig.ports }), await mount({ 'api-url': rig.apiUrl, consent: 'required' }, { ports: rig.ports })];
    for (const el of [a, b]) {
      el.show();
      await chatLoaded(el, 10_000);
      await until(() => $(el, '[part="consent"] button') !== null || $(el, 'textarea') !== null, 'the notice, or the chat');
      $(el, '[part="consent"] button')?.click();
      await until(() => $(el, 'textarea') !== null, 'the chat');
    }
    expect(b.send('my order number is 12345')).to.equal(true);
    await until(() => [...storage.map.keys()].some((k) => k.endsWith(':identity')), 'the identity stored');
    const withdrawn = new Promise((resolve) => b.addEventListener('miptech-consent-change', (e) => resolve((e as CustomEvent).detail), { once: true }));
    a.forget();
    expect(await withdrawn).to.deep.equal({ accepted: false });
    expect(b.send('still here?')).to.equal(false);
    // Torn down and drawn again: had it written anything back, it would have done so by now.
    await until(() => $(b, '[part="consent"]') !== null, 'the notice again in the other instance');
    await b.updateComplete;
    expect([...storage.map.keys()].filter((k) => k.startsWith('miptech-chat:miptech-company'))).to.deep.equal([]);
  });
});
