// Measures, in Chromium, how long the widget takes to draw one streamed frame as an answer
// grows, using the built script (loader and chunk, served on loopback) and a scripted in-page
// platform (no network beyond loopback).
import { withBrowser } from './bench-browser.mjs';


/** Runs in the page: a fake platform, a 20k-character markdown answer streamed in chunks. */
async function inPage() {
  class FakeSocket extends EventTarget {
    constructor() {
      super();
      this.readyState = 0;
      window.benchSocket = this;
      setTimeout(() => { this.readyState = 1; this.dispatchEvent(new Event('open')); }, 0);
    }
    send(data) {
      const frame = JSON.parse(data);
      if (frame.type === 'auth') setTimeout(() => this.push({ type: 'auth_success', data: { session_id: 's' } }), 0);
    }
    close() {}
    push(frame) { const e = new MessageEvent('message', { data: JSON.stringify(frame) }); this.dispatchEvent(e); }
  }
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  await customElements.whenDefined('miptech-chat');
  const el = document.createElement('miptech-chat');
  el.ports = {
    ...el.ports,
    WebSocket: FakeSocket,
    storage: () => null,
    fetch: async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/chat/')) return json(201, { id: 'c', session_id: 's', visitor_id: 'v', title: 't', created_at: 't' });
      if (url.endsWith('/messages') && input.method === 'POST') return json(201, { id: 'u', chat_id: 'c', seq: 1, role: 'user', content: 'q', created_at: 't', client_message_id: 'x' });
      return json(200, { messages: [] });
    },
  };
  el.setAttribute('api-url', 'http://127.0.0.1:9');
  document.body.append(el);
  el.show();
  while (!el.shadowRoot.querySelector('textarea')) await new Promise((r) => setTimeout(r, 10)); // the chat chunk
  await new Promise((r) => setTimeout(r, 100));
  el.send('Write a long answer');
  await new Promise((r) => setTimeout(r, 100));
  const paragraph = 'MIPTech builds **AI assistants**, custom software and [cloud platforms](https://miptech.example/cloud). ';
  const block = (i) => (i % 5 === 4 ? '```js\nconst answer = ' + i + ';\nconsole.log(answer);\n```\n\n' : i % 5 === 2 ? `- item ${i}\n- another item\n\n` : paragraph.repeat(2) + '\n\n');
  let text = '';
  for (let i = 0; text.length < 20_500; i += 1) text += block(i);
  const words = text.match(/\S+\s*/g);
  window.benchSocket.push({ type: 'response_start', data: { chat_id: 'c', message_id: 'a', reply_to: 'x' } });
  const checkpoints = [1_000, 5_000, 10_000, 20_000];
  const results = [];
  let sent = '';
  let index = 0;
  const frameTime = async () => {
    // One frame's work: the batched update (markdown of the changed block, Lit commit) and layout.
    const t0 = performance.now();
    el.requestUpdate();
    await el.updateComplete;
    void el.shadowRoot.querySelector('.messages').scrollHeight;
    return performance.now() - t0;
  };
  for (const checkpoint of checkpoints) {
    while (sent.length < checkpoint) {
      window.benchSocket.push({ type: 'response_chunk', data: { message_id: 'a', index, delta: words[index] } });
      sent += words[index];
      index += 1;
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const samples = [];
    for (let n = 0; n < 5; n += 1) {
      window.benchSocket.push({ type: 'response_chunk', data: { message_id: 'a', index, delta: words[index] } });
      sent += words[index];
      index += 1;
      samples.push(await frameTime());
    }
    samples.sort((a, b) => a - b);
    results.push({ chars: sent.length, frameMs: samples[2], blocks: el.shadowRoot.querySelectorAll('.message.assistant:not(.greeting) .bubble > *').length });
  }
  return results;
}

export async function measureStreaming({ chromium, dist }) {
  return withBrowser(chromium, { widget: dist }, async (browser, server) => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}/page/empty`);
    await page.addScriptTag({ url: `${server.url}/widget/miptech-chat.js` });
    return page.evaluate(inPage);
  });
}
