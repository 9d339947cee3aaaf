// The script-tag widget when its chat chunk cannot be fetched at first (offline, blocked): the
// panel shows at once, says so, and Retry loads it. A file of its own: one page defines the tag
// once, from one loader folder.
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

describe('the script tag, when the chat cannot be fetched', () => {
  it('shows the panel at once, says the chat could not be loaded, and Retry loads it', async function () {
    this.timeout(40_000);
    const el = await loadWidget('fail-once');
    el.open();
    await el.updateComplete;
    expect($(el, '.panel'), 'the panel shows at once').to.exist;
    expect($(el, '.skeleton'), 'with a skeleton while the chat loads').to.exist;
    await until(() => $(el, '.notice') !== null, 'the load failure');
    expect($(el, '.notice')!.textContent).to.contain('could not be loaded');
    expect($(el, '.launcher')!.classList.contains('has-problem')).to.equal(true);
    ($(el, '.notice button') as HTMLButtonElement).click();
    await until(() => $(el, 'textarea') !== null, 'the chat after Retry');
    expect(el.send('How much does it cost?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'an answer', 30_000);
    el.remove();
  });
});
