// The widget as a customer pastes it: the built loader in a classic <script src>, its chat chunk
// fetched from next to it on the visitor's first sign of intent, talking to the real reference
// platform. Imports nothing from src/: the built files are the first to define the tag.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Platform {
  id: number;
  url: string;
}
type Widget = HTMLElement & { updateComplete: Promise<unknown>; open(): void; send(text: string): boolean };

let platform: Platform | null = null;
before(async () => (platform = await executeServerCommand<Platform, object>('platform-start', {})));
after(async () => platform && executeServerCommand('platform-stop', { id: platform.id }));

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const chunkRequests = () => performance.getEntriesByType('resource').filter((e) => /miptech-chat\.chat-[\w-]+\.js$/.test(e.name)).length;

async function until(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Loads the loader from a folder of this test's own (see test/rig/dist-routes.mjs). */
async function loadWidget(mode: 'plain' | 'fail-once'): Promise<Widget> {
  const key = `k${Math.random().toString(36).slice(2)}`;
  if (!customElements.get('miptech-chat')) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `/served/${mode}/${key}/miptech-chat.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the loader did not load'));
      document.head.append(script);
    });
  }
  const el = document.createElement('miptech-chat') as Widget;
  el.setAttribute('api-url', platform!.url);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('the script tag', () => {
  afterEach(() => document.querySelectorAll('miptech-chat').forEach((el) => el.remove()));

  it('draws the launcher without fetching the chat; the pointer on the launcher fetches it; then it answers', async function () {
    this.timeout(40_000);
    const el = await loadWidget('plain');
    expect($(el, '.launcher')).to.exist;
    await new Promise((r) => setTimeout(r, 300));
    expect(chunkRequests(), 'no chat before intent').to.equal(0);
    $(el, '.launcher')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => chunkRequests() === 1, 'the chunk requested on hover');
    el.open();
    await until(() => $(el, 'textarea') !== null, 'the composer');
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'a sourced answer', 30_000);
    expect($(el, '.message.assistant:not(.greeting) .bubble')!.textContent!.length).to.be.greaterThan(20);
  });
});
