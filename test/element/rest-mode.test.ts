// Pages where no WebSocket can reach the platform: a browser without one, a constructor that
// throws, a Content-Security-Policy whose connect-src leaves the socket out. The chat keeps
// working over REST, keeps what is already on screen, and says plainly what is missing.
import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import type { ConnectBlockWatcher, WebSocketFactory } from '../../src/ports/ports.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { returningVisitorStorage } from '../../testing/map-storage.js';
import { $, $$, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

/** A visitor who already has a conversation (two messages) with the platform. */
function returningVisitor() {
  const api = conversationRoutes();
  api.store({ id: 'h1', chat_id: 'chat-1', seq: 1, role: 'user', content: 'Earlier question', created_at: 't', client_message_id: 'c1' });
  api.store({ id: 'h2', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Earlier answer', created_at: 't' });
  const storage = returningVisitorStorage({ session_id: 's-1', visitor_id: 'v-1', chat_id: 'chat-1' });
  rig = platformRig({ routes: api.routes, storage });
  return api;
}

const bubbles = (el: MiptechChat) => $$(el, '.message:not(.greeting) .bubble').map((b) => b.textContent?.trim());
const statusText = (el: MiptechChat) => $(el, '.status > [aria-hidden]')?.textContent?.trim() ?? '';

/** Sends a question, lets the "platform" answer it in its store, and waits for the answer to be polled in. */
async function askOverRest(el: MiptechChat, api: ReturnType<typeof conversationRoutes>) {
  expect(el.send('Any news?')).to.equal(true);
  await until(() => api.messages.length === 3, 'the question stored over REST', 5000);
  api.store({ id: 'a2', chat_id: 'chat-1', seq: 4, role: 'assistant', content: 'News by REST', created_at: 't' });
  await until(() => bubbles(el).includes('News by REST'), 'the answer polled in', 10_000);
}

describe('<miptech-chat> without a WebSocket', () => {
  for (const [name, WebSocket] of [
    ['the browser has none', undefined],
    [
      'its constructor throws (SecurityError)',
      class {
        constructor() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }
      } as unknown as WebSocketFactory,
    ],
  ] as const) {
    it(`${name}: earlier answers stay, no error panel, answers arrive over REST, and the status says so`, async function () {
      this.timeout(20_000);
      const api = returningVisitor();
      const el = await mount({ 'api-url': rig!.apiUrl }, { ports: { ...rig!.ports, WebSocket } });
      el.show();
      await chatLoaded(el, 15_000);
      await until(() => bubbles(el).includes('Earlier answer'), 'the history');
      expect($(el, '.banner')).to.equal(null);
      expect(statusText(el)).to.equal('Live updates are unavailable on this page. Answers arrive every few seconds.');
      expect($(el, '.header .subtitle')?.textContent?.trim(), 'the header says no "Disconnected"').to.equal('AI assistant');
      await askOverRest(el, api);
      expect(bubbles(el)).to.deep.equal(['Earlier question', 'Earlier answer', 'Any news?', 'News by REST']);
      expect($(el, '.banner')).to.equal(null);
    });
  }

  it('the page blocks the socket (a connect-src violation for its URL): stops trying, works over REST', async function () {
    this.timeout(20_000);
    const api = returningVisitor();
    const opened: string[] = [];
    let report: ((url: string) => void) | null = null;
    const connectBlocks: ConnectBlockWatcher = (listener) => {
      report = listener;
      return () => (report = null);
    };
    // Chromium's way: the constructor succeeds, the connection never opens, the page hears of a violation.
    const Blocked = class extends EventTarget {
      readyState = 0;
      constructor(url: string) {
        super();
        opened.push(url);
        setTimeout(() => report?.(new URL(url).origin), 5);
      }
      send() {}
      close() {}
    } as unknown as WebSocketFactory;
    const el = await mount({ 'api-url': rig?.apiUrl ?? 'http://x' }, { ports: { ...rig!.ports, WebSocket: Blocked, connectBlocks } });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => statusText(el).startsWith('Live updates are unavailable'), 'the status line');
    await askOverRest(el, api);
    expect(opened).to.have.length(1);
    expect($(el, '.banner')).to.equal(null);
    el.remove();
    expect(report, 'the violation listener is removed with the element').to.equal(null);
  });
});
