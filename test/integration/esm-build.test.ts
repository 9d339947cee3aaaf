// The npm package's ES modules (dist/esm), as a bundler-using site loads them: the chat arrives
// through its dynamic import, and answers from the real reference platform. Imports nothing
// from src/: the built modules are the first to define the tag.
import { expect } from '@open-wc/testing';
import { $, addWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the ES module build', () => {
  it('defines the element, fetches the chat on send() before any open, and answers', async function () {
    this.timeout(40_000);
    await import('/dist/esm/index.js' as string);
    const el = await addWidget(platform.url());
    expect(el.send('What services does MIPTech offer?'), 'a send before the chat is here is kept').to.equal(true);
    el.show();
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'a sourced answer', 30_000);
    expect([...el.shadowRoot!.querySelectorAll('.message.user')].map((m) => m.querySelector('.bubble')!.textContent)).to.deep.equal(['What services does MIPTech offer?']);
    el.remove();
  });
});
