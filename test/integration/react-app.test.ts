// The React 19 app of test/fixtures/react-app, built from the packed package by
// test/frameworks/fixtures.test.mjs (npm test runs it first): it sends a message through a ref
// to the component and shows the miptech-message it receives. Imports nothing from src/.
import { expect } from '@open-wc/testing';
import { until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();
const APP = '/.fixtures/react-app/dist/index.html';

describe('a React 19 app built with the package', () => {
  it('sends through a ref and receives miptech-message', async function () {
    this.timeout(60_000);
    const built = await fetch(APP).then((r) => r.ok, () => false);
    if (!built) this.skip(); // build it first: node --test test/frameworks
    const frame = document.createElement('iframe');
    frame.src = `${APP}?api=${encodeURIComponent(platform.url())}`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = () => frame.contentDocument!;
      await until(() => Boolean(doc().querySelector('miptech-chat')?.shadowRoot?.querySelector('textarea')), 'the open chat');
      const chat = doc().querySelector('miptech-chat') as HTMLElement & { open: boolean };
      expect(chat.open, 'the open prop set the property').to.equal(true);
      (doc().getElementById('ask') as HTMLButtonElement).click();
      await until(() => (doc().querySelector('#answers li')?.textContent?.length ?? 0) > 20, 'the answer, from onMiptechMessage', 40_000);
    } finally {
      frame.remove();
    }
  });
});
