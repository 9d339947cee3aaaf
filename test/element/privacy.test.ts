// On a page whose address carries secrets (a password-reset link, an OAuth fragment), the
// platform hears only the origin and path: in the auth frame, the chat's context and every
// message's metadata, and in the diagnostics probe.
import { expect } from '@open-wc/testing';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

const ACCOUNT = 'https://shop.example/account?reset_token=r123&email=ann%40mail.example#access_token=a456';
let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

describe('the page address stays private', () => {
  for (const [mode, expected] of [
    ['path', 'https://shop.example/account'],
    ['full', 'https://shop.example/account?reset_token=r123&email=ann%40mail.example'],
  ] as const) {
    it(`page-url="${mode}": every place the platform hears the address gets ${expected}`, async () => {
      const api = conversationRoutes();
      rig = platformRig({ routes: api.routes });
      const frames: { type: string; data: Record<string, unknown> }[] = [];
      rig.server.on('connection', (client) => client.on('message', (data) => frames.push(JSON.parse(String(data)))));
      const ports = { ...rig.ports, page: () => ({ url: ACCOUNT, userAgent: 'UA', referrer: 'https://mail.example/inbox?id=7' }) };
      const el = await mount({ 'api-url': rig.apiUrl, 'page-url': mode, debug: true }, { ports });
      el.show();
      await chatLoaded(el, 15_000);
      el.send('Reset my password');
      await until(() => api.messages.length > 0 && frames.filter((f) => f.type === 'auth').length >= 2, 'the message sent, the session and the probe authenticated');
      const create = rig.calls.find((c) => c.url.endsWith('/api/v1/chat/'))!.body as { context: Record<string, string> };
      const send = rig.calls.find((c) => c.method === 'POST' && c.url.endsWith('/messages'))!.body as { metadata: Record<string, string> };
      const auths = frames.filter((f) => f.type === 'auth').map((f) => f.data.page_url);
      expect(create.context.page_url).to.equal(expected);
      expect(create.context.referrer, 'no declared referrer policy: no referrer').to.equal('');
      expect(send.metadata.page_url).to.equal(expected);
      expect(auths.every((url) => url === expected), `auth frames: ${auths.join(', ')}`).to.equal(true);
      const everything = JSON.stringify([rig.calls.map((c) => c.body), frames]);
      expect(everything).not.to.contain('access_token');
      expect(everything).not.to.contain('mail.example/inbox');
    });
  }
});
