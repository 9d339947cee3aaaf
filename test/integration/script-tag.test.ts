// The widget as a customer pastes it: the built loader in a classic <script src>, its chat chunk
// fetched from next to it on the visitor's first sign of intent, talking to the real reference
// platform. Imports nothing from src/: the built files are the first to define the tag.
import { expect } from '@open-wc/testing';
import { $, scriptTagWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();
const chunkRequests = () => performance.getEntriesByType('resource').filter((e) => /miptech-chat\.chat-[\w-]+\.js$/.test(e.name)).length;

describe('the script tag', () => {
  afterEach(() => document.querySelectorAll('miptech-chat').forEach((el) => el.remove()));

  it('draws the launcher without fetching the chat; the pointer on the launcher fetches it; then it answers', async function () {
    this.timeout(40_000);
    const globalsBefore = new Set(Object.keys(window));
    const el = await scriptTagWidget('plain', platform.url());
    expect($(el, '.launcher')).to.exist;
    expect(Object.keys(window).filter((k) => !globalsBefore.has(k)), 'a guest adds no global to the page').to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(chunkRequests(), 'no chat before intent').to.equal(0);
    $(el, '.launcher')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => chunkRequests() === 1, 'the chunk requested on hover');
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the composer');
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'a sourced answer', 30_000);
    expect($(el, '.message.assistant:not(.greeting) .bubble')!.textContent!.length).to.be.greaterThan(20);
  });

  it('hands the chat no Lit internals through the page: nothing a page script can reach makes TrustedHTML under its policy', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('plain', platform.url());
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the chat loaded');
    const held = Object.getOwnPropertySymbols(globalThis)
      .filter((s) => s.description?.startsWith('miptech-chat@'))
      .map((s) => (globalThis as unknown as Record<symbol, { kit?: Record<string, unknown> }>)[s]);
    expect(held.length, 'the chat found its kit').to.be.greaterThan(0);
    for (const { kit } of held) {
      expect(Object.keys(kit ?? {})).to.not.include('_$LH');
      for (const value of Object.values(kit ?? {})) expect(value && typeof value === 'object' && '_$LH' in value, 'nothing in it carries Lit’s internals').to.equal(false);
    }
  });
});
