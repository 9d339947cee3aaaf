// The security review's hostile answers, whole and streamed in 20 chunks, and a megabyte pasted
// into the composer, in headless Chromium at 1× CPU against a scripted in-page platform: how
// long until the widget shows the cut, and the longest main-thread task meanwhile (issue 10's
// bar: within 2 s, no task over 200 ms; the tests check the cut, this measures the time).
import { withBrowser } from './bench-browser.mjs';

/** In the page: one case; returns { ms, longestTaskMs } or { error }. */
async function hostileCase({ name, streamed }) {
  const paragraph = (chars) => 'word '.repeat(Math.ceil(chars / 5)).slice(0, chars);
  const row = (i, cells) => `|${Array.from({ length: cells }, (_, c) => ` r${i}c${c} `).join('|')}|`;
  const CASES = {
    'nested list, 10,000 deep': () => `${'- '.repeat(10_000)}deep`,
    'nested quote, 10,000 deep': () => `${'>'.repeat(10_000)} deep`,
    'nested emphasis, 10,000 deep': () => `${'*'.repeat(10_000)}deep${'*'.repeat(10_000)}`,
    'table, 1,000 × 100 cells': () => [row(-1, 100), `|${' --- |'.repeat(100)}`, ...Array.from({ length: 1000 }, (_, i) => row(i, 100))].join('\n'),
    '1 MB in one block': () => paragraph(1_000_000),
    '1 MB in 10,000 blocks': () => Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} ${paragraph(90)}`).join('\n\n'),
  };
  const tasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask' });
  class FakeSocket extends EventTarget {
    constructor() {
      super();
      this.readyState = 0;
      window.benchSocket = this;
      setTimeout(() => (this.readyState = 1, this.dispatchEvent(new Event('open'))), 0);
    }
    send(data) {
      if (JSON.parse(data).type === 'auth') setTimeout(() => this.push({ type: 'auth_success', data: { session_id: 's' } }), 0);
    }
    close() {}
    push(frame) {
      this.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(frame) }));
    }
  }
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  await customElements.whenDefined('miptech-chat');
  const el = document.createElement('miptech-chat');
  el.ports = {
    ...el.ports,
    WebSocket: FakeSocket,
    storage: () => null,
    fetch: async (input) => {
      const request = input instanceof Request ? input : new Request(input);
      if (request.url.endsWith('/chat/')) return json(201, { id: 'c', session_id: 's', visitor_id: 'v', title: 't', created_at: 't' });
      if (request.method === 'POST') return json(201, { id: 'u', chat_id: 'c', seq: 1, role: 'user', content: 'q', created_at: 't', client_message_id: 'x' });
      return json(200, { messages: [] });
    },
  };
  el.setAttribute('api-url', 'http://127.0.0.1:9');
  document.body.append(el);
  el.show();
  const root = el.shadowRoot;
  while (!root.querySelector('textarea') || el.getAttribute('connection-state') !== 'open') await new Promise((r) => setTimeout(r, 20));
  const waitFor = async (test) => {
    const deadline = performance.now() + 30_000;
    while (!test()) {
      if (performance.now() > deadline) throw new Error('no cut shown within 30 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  tasks.length = 0;
  const started = performance.now();
  try {
    if (name === 'paste 1 MB') {
      const event = new Event('paste', { bubbles: true, cancelable: true, composed: true });
      const text = paragraph(1_000_000);
      Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
      root.querySelector('textarea').dispatchEvent(event);
      await waitFor(() => root.querySelector('.hint.over'));
    } else {
      el.send('Tell me everything');
      await new Promise((r) => setTimeout(r, 100));
      const content = CASES[name]();
      const socket = window.benchSocket;
      socket.push({ type: 'response_start', data: { chat_id: 'c', message_id: 'a', reply_to: 'x' } });
      if (streamed) {
        const size = Math.ceil(content.length / 20);
        for (let i = 0; i < 20; i += 1) {
          socket.push({ type: 'response_chunk', data: { message_id: 'a', index: i, delta: content.slice(i * size, (i + 1) * size) } });
          await new Promise((r) => setTimeout(r, 16));
        }
      }
      socket.push({ type: 'response_complete', data: { message: { id: 'a', chat_id: 'c', seq: 2, role: 'assistant', content, created_at: 't', reply_to: 'x', sources: [] } } });
      await waitFor(() => root.querySelector('.message.assistant:not(.greeting) .cut'));
    }
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 300));
    return { ms, longestTaskMs: Math.max(0, ...tasks) };
  } catch (error) {
    return { error: String(error) };
  }
}

export const HOSTILE_CASES = ['nested list, 10,000 deep', 'nested quote, 10,000 deep', 'nested emphasis, 10,000 deep', 'table, 1,000 × 100 cells', '1 MB in one block', '1 MB in 10,000 blocks'];

/** Each case in a fresh page; the worst of `runs` runs. */
export async function measureHostile({ chromium, dist, runs = 3 }) {
  const rows = [];
  await withBrowser(chromium, { widget: dist }, async (browser, server) => {
    const cases = [...HOSTILE_CASES.flatMap((name) => [{ name, streamed: false }, { name, streamed: true }]), { name: 'paste 1 MB', streamed: false }];
    for (const options of cases) {
      const results = [];
      for (let i = 0; i < runs; i += 1) {
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}/page/empty`);
          await page.addScriptTag({ url: `${server.url}/widget/miptech-chat.js` });
          results.push(await page.evaluate(hostileCase, options));
        } finally {
          await context.close();
        }
      }
      const failed = results.find((r) => r.error);
      rows.push({ ...options, error: failed?.error, ms: Math.max(...results.map((r) => r.ms ?? Infinity)), longestTaskMs: Math.max(...results.map((r) => r.longestTaskMs ?? Infinity)) });
    }
  });
  return rows;
}
