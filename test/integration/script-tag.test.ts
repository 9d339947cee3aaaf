// The widget as a customer pastes it: the built loader in a classic <script src>, its chat chunk
// fetched from next to it on the visitor's first sign of intent, talking to the real reference
// platform. Imports nothing from src/: the built files are the first to define the tag.
import { expect } from '@open-wc/testing';
import { $, chunkRequests, scriptTagWidget, until, usePlatform } from '../../testing/built-widget.js';

const platform = usePlatform();
/** Whether the chat ever ran on this page (the loader lends it its kit first, under the version's key). */
const chatRan = () => Object.getOwnPropertySymbols(globalThis).some((s) => s.description?.startsWith('miptech-chat@'));

describe('the script tag', () => {
  afterEach(() => document.querySelectorAll('miptech-chat').forEach((el) => el.remove()));

  it('draws the launcher at once; once the page is idle, fetches the chat at low priority without running it; the click finds it there; then it answers', async function () {
    this.timeout(40_000);
    const globalsBefore = new Set(Object.keys(window));
    const added: HTMLLinkElement[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n instanceof HTMLLinkElement && added.push(n))));
    watch.observe(document.head, { childList: true });
    const el = await scriptTagWidget('plain', platform.url());
    expect($(el, '.launcher')).to.exist;
    expect(Object.keys(window).filter((k) => !globalsBefore.has(k)), 'a guest adds no global to the page').to.deep.equal([]);
    await until(() => chunkRequests() === 1 && !document.head.querySelector('link[rel="modulepreload"]'), 'the chat fetched when the page is idle');
    watch.disconnect();
    expect(added.map((l) => [l.rel, l.getAttribute('fetchpriority'), /miptech-chat\.chat-[\w-]+\.js$/.test(l.href)])).to.deep.equal([['modulepreload', 'low', true]]);
    expect(chatRan(), 'fetched, not run: a page that never opens the chat runs none of it').to.equal(false);
    $(el, '.launcher')!.dispatchEvent(new PointerEvent('pointerenter'));
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the composer');
    expect(chunkRequests(), 'the click found the chat fetched: not downloaded again').to.equal(1);
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'a sourced answer', 30_000);
    expect($(el, '.message.assistant:not(.greeting) .bubble')!.textContent!.length).to.be.greaterThan(20);
  });

  it('after the chat was fetched ahead, a click draws its panel at once, drawn once, and focus goes to the composer', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('plain', platform.url());
    await until(() => chunkRequests() === 1 && !document.head.querySelector('link[rel="modulepreload"]'), 'the chat fetched ahead');
    const panels: boolean[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) => r.addedNodes.forEach((n) => n instanceof HTMLElement && n.matches('.panel') && panels.push(n.querySelector('textarea') !== null))),
    );
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    $(el, '.launcher')!.click();
    await until(() => $(el, 'textarea') !== null && el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
    watch.disconnect();
    expect(panels, 'one panel drawn: the chat’s, with its composer').to.deep.equal([true]);
  });

  it('hands the chat no Lit internals through the page: nothing a page script can reach makes TrustedHTML under its policy', async function () {
    this.timeout(40_000);
    const el = await scriptTagWidget('plain', platform.url());
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the chat loaded');
    const held = Object.getOwnPropertySymbols(globalThis)
      .filter((s) => s.description?.startsWith('miptech-chat@'))
      .map((s) => (globalThis as unknown as Record<symbol, Record<string, Record<string, unknown>>>)[s]);
    expect(held.length, 'the chat found its kit').to.be.greaterThan(0);
    // The kit, and what the chat shares with the chunks fetched after it (scripts/rollup/import-again.mjs).
    const shared = Object.keys(held[0]).filter((key) => /^\.\/miptech-chat\.chat-[\w-]+\.js$/.test(key));
    expect(shared, 'what the chat shares').to.have.length(1);
    // The chat's module itself (the page ran it from this URL): its renderer, its runtime and the
    // way to its policy stay in it.
    const chunk = performance.getEntriesByType('resource').find((e) => /miptech-chat\.chat-[\w-]+\.js$/.test(e.name))!.name;
    const chat = (await import(chunk)) as Record<string, unknown>;
    const kept = [chat.drawPanel, chat.ChatRuntime, chat.useTrustedPolicy];
    expect(kept.every((value) => typeof value === 'function'), 'the chat’s own exports').to.equal(true);
    for (const holder of held) {
      for (const [name, part] of Object.entries(holder)) {
        expect(Object.keys(part), name).to.not.include('_$LH');
        for (const value of Object.values(part)) expect(value && typeof value === 'object' && '_$LH' in value, `nothing in ${name} carries Lit’s internals`).to.equal(false);
        for (const key of ['drawPanel', 'ChatRuntime', 'useTrustedPolicy']) expect(Object.keys(part), name).to.not.include(key);
        expect(Object.values(part).filter((value) => kept.includes(value)), `${name}: the chat’s renderer, runtime or policy`).to.deep.equal([]);
      }
    }
  });
});
