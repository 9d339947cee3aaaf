// The npm package's ES modules (dist/esm), as a bundler-using site loads them: the chat arrives
// through its dynamic import, and answers from the real reference platform. Imports nothing
// from src/: the built modules are the first to define the tag.
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

async function until(condition: () => boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the ES module build', () => {
  it('defines the element, fetches the chat on send() before any open, and answers', async function () {
    this.timeout(40_000);
    await import('/dist/esm/index.js' as string);
    const el = document.createElement('miptech-chat') as Widget;
    el.setAttribute('api-url', platform!.url);
    document.body.append(el);
    await el.updateComplete;
    expect(el.send('What services does MIPTech offer?'), 'a send before the chat is here is kept').to.equal(true);
    el.open();
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'a sourced answer', 30_000);
    expect([...el.shadowRoot!.querySelectorAll('.message.user')].map((m) => m.querySelector('.bubble')!.textContent)).to.deep.equal(['What services does MIPTech offer?']);
    el.remove();
  });
});
