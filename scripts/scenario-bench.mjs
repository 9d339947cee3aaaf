// The long cases, in headless Chromium: a returning visitor's long conversation opening, and a
// long answer streaming in, against a platform scripted in the page (no network).
import { withBrowser } from './bench-browser.mjs';
import { median } from './cost-bench.mjs';

/**
 * In the page: the widget against a scripted in-page platform (no network): a returning visitor
 * with `history` messages opens the panel; then an answer of `tokens` tokens streams at `rate`
 * tokens a second. Reports the open time and the longest main-thread tasks while streaming.
 */
async function scenario({ history, tokens, rate }) {
  // history: messages already in the conversation; tokens: 0 to skip streaming.
  const longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
  class FakeSocket extends EventTarget {
    constructor() {
      super();
      this.readyState = 0;
      window.benchSocket = this;
      setTimeout(() => {
        this.readyState = 1;
        this.dispatchEvent(new Event('open'));
      }, 0);
    }
    send(data) {
      const frame = JSON.parse(data);
      if (frame.type === 'auth') setTimeout(() => this.push({ type: 'auth_success', data: { session_id: 's' } }), 0);
    }
    close() {}
    push(frame) {
      this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
    }
  }
  const messages = Array.from({ length: history }, (_, i) => ({
    id: `h${i + 1}`, chat_id: 'c', seq: i + 1, role: i % 2 ? 'assistant' : 'user', created_at: 't',
    content: i % 2 ? `An **answer** with a [link](https://miptech.example/${i}) and a list:\n\n- one\n- two` : `Question ${i + 1}?`,
    ...(i % 2 ? {} : { client_message_id: `q${i + 1}` }),
  }));
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const stored = new Map([['miptech-chat:miptech-company@http://127.0.0.1:9:identity', JSON.stringify({ session_id: 's', visitor_id: 'v', chat_id: 'c' })]]);
  await customElements.whenDefined('miptech-chat');
  const el = document.createElement('miptech-chat');
  el.ports = {
    ...el.ports,
    WebSocket: FakeSocket,
    storage: () => ({ getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => stored.set(k, v), removeItem: (k) => stored.delete(k) }),
    fetch: async (input) => {
      const request = input instanceof Request ? input : new Request(input);
      if (request.method === 'POST') return json(201, { id: 'u', chat_id: 'c', seq: history + 1, role: 'user', content: 'q', created_at: 't', client_message_id: 'x' });
      return json(200, { messages });
    },
  };
  el.setAttribute('api-url', 'http://127.0.0.1:9');
  document.body.append(el);
  await el.updateComplete;
  el.shadowRoot.querySelector('.launcher').dispatchEvent(new PointerEvent('pointerenter')); // the chunk, ahead of the click
  await new Promise((r) => setTimeout(r, 1000));
  const last = `[data-key="h${history}"]`;
  const opened = performance.now();
  el.show();
  while (!el.shadowRoot.querySelector(last)) await new Promise((r) => requestAnimationFrame(r));
  const openMs = performance.now() - opened;
  if (tokens === 0) return { openMs };
  longTasks.length = 0;
  el.send('Write a long answer');
  await new Promise((r) => setTimeout(r, 200));
  window.benchSocket.push({ type: 'response_start', data: { chat_id: 'c', message_id: 'a', reply_to: 'x' } });
  const words = ['MIPTech ', 'builds ', '**AI** ', 'assistants, ', 'custom ', 'software ', 'and ', '[cloud](https://miptech.example) ', 'platforms. ', '\n\n'];
  const perTick = Math.max(1, Math.round(rate / 100));
  const started = performance.now();
  for (let index = 0; index < tokens; ) {
    for (let n = 0; n < perTick && index < tokens; n += 1, index += 1) {
      window.benchSocket.push({ type: 'response_chunk', data: { message_id: 'a', index, delta: words[index % words.length] } });
    }
    const due = started + (index / rate) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  }
  await new Promise((r) => setTimeout(r, 300));
  return { openMs, streamSeconds: (performance.now() - started) / 1000, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}

/** The long-conversation and long-answer cases, at 1× CPU, median of `runs`. */
export async function measureScenarios({ chromium, dist, runs = 5, history = 5000, tokens = 20000, rate = 2000 }) {
  const opens = [];
  const streams = [];
  await withBrowser(chromium, { widget: dist }, async (browser, server) => {
    const run = async (options) => {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error('page error:', e.message));
        await page.goto(`${server.url}/page/empty`);
        await page.addScriptTag({ url: `${server.url}/widget/miptech-chat.js` });
        return await page.evaluate(scenario, options);
      } finally {
        await context.close();
      }
    };
    // A long conversation opening, and a long answer streaming in a short one: separate pages.
    for (let i = 0; i < runs; i += 1) opens.push(await run({ history, tokens: 0, rate }));
    for (let i = 0; i < runs; i += 1) streams.push(await run({ history: 2, tokens, rate }));
  });
  const m = (list, key) => median(list.map((r) => r[key]));
  return { history, tokens, rate, openMs: m(opens, 'openMs'), streamSeconds: m(streams, 'streamSeconds'), longTasks: m(streams, 'longTasks'), longestTaskMs: m(streams, 'longestTaskMs') };
}
