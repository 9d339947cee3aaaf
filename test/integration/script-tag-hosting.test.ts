// Where customers host the script: under a strict script-src 'self' policy, and on another
// origin than the page (a CDN). The chat chunk must arrive in both, with no policy violation.
import { expect } from '@open-wc/testing';
import { $, addWidget, folderKey, loadScript, until, usePlatform, type Widget } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('hosting the script', () => {
  it("works under script-src 'self' (the page serves the files itself), with no violation", async function () {
    this.timeout(40_000);
    const frame = document.createElement('iframe');
    frame.src = `/served/csp/${folderKey()}/page.html?api=${encodeURIComponent(platform.url())}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { violations: string[] };
    await until(() => Boolean(win.customElements.get('miptech-chat')), 'the element defined');
    const el = frame.contentDocument!.querySelector('miptech-chat') as Widget;
    await el.updateComplete;
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the chat chunk under the policy');
    expect(el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => $(el, '.message.assistant:not(.greeting) .sources a') !== null, 'an answer', 30_000);
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });

  it('works when the script comes from another origin than the page (the chunk with CORS)', async function () {
    this.timeout(40_000);
    // localhost and 127.0.0.1 are two origins: the page is on one, the script on the other.
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const base = `${location.protocol}//${otherHost}:${location.port}/served/cors/${folderKey()}/`;
    await loadScript(`${base}miptech-chat.js`);
    const el = await addWidget(platform.url());
    el.show();
    await until(() => $(el, 'textarea') !== null, 'the chat chunk from the other origin');
    const chunk = performance.getEntriesByType('resource').find((e) => /miptech-chat\.chat-[\w-]+\.js/.test(e.name));
    expect(chunk?.name.startsWith(base), 'fetched from next to the script, not from the page').to.equal(true);
    el.remove();
  });
});
