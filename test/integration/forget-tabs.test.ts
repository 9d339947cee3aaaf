// forget() is a privacy promise, kept in every tab of the site (issue 26): the other tabs tear
// down instead of writing the identity back, consent withdrawn in one tab is withdrawn in all,
// and a chat creation that answers after forget() writes nothing.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, folderKey, siteTab, until, usePlatform, type Widget } from '../../testing/built-widget.js';

const platform = usePlatform();
const forget = (el: Widget) => (el as Widget & { forget(): void }).forget();
const keysOf = (win: Window) => Object.keys(win.localStorage).filter((k) => k.startsWith('miptech-chat:miptech-company@'));

describe('forget() across the tabs of a site', () => {
  it('the other tab tears down: it writes nothing back, its consent is withdrawn, and it cannot send until the visitor accepts again', async function () {
    this.timeout(60_000);
    const key = folderKey();
    const first = await siteTab(key, platform.url(), '&consent');
    first.win.localStorage.clear();
    const second = await siteTab(key, platform.url(), '&consent');
    first.el.show();
    second.el.show();
    await until(() => $(first.el, '[part="consent"] button') !== null, 'the consent notice');
    $(first.el, '[part="consent"] button')!.click();
    await until(() => $(second.el, 'textarea') !== null, 'consent followed in the second tab');
    expect(first.el.send('My order number is 12345')).to.equal(true);
    await until(() => JSON.parse(first.win.localStorage.getItem(`miptech-chat:miptech-company@${platform.url()}:identity`) ?? '{}').visitor_secret !== undefined, 'the chat created');
    await until(() => second.el.getAttribute('connection-state') === 'open', 'the second tab connected', 20_000);
    const withdrawn = new Promise((resolve) => second.el.addEventListener('miptech-consent-change', (e) => resolve((e as CustomEvent).detail), { once: true }));

    forget(first.el);
    expect(await withdrawn).to.deep.equal({ accepted: false });
    // The second tab has torn down and drawn its notice again: had it written anything back (as it
    // used to, within 50 ms), it would have done so by now.
    await until(() => $(second.el, '[part="consent"]') !== null, 'the notice again in the second tab');
    await second.el.updateComplete;
    expect(keysOf(first.win), 'nothing written back').to.deep.equal([]);
    expect(second.el.send('still here?')).to.equal(false, 'no send before consent is given again');
    expect(second.el.shadowRoot!.textContent).not.to.contain('12345');
    first.frame.remove();
    second.frame.remove();
  });

  it('a chat creation that answers after forget() (a slow platform) writes nothing back', async function () {
    this.timeout(60_000);
    const slow = await executeServerCommand<{ id: number; url: string }, object>('platform-start', { faults: ['rest-slow=1500'] });
    try {
      const tab = await siteTab(folderKey(), slow.url);
      tab.win.localStorage.clear();
      // The tab's requests, as its widget makes them (its fetch port, wrapped before the chat loads).
      const asked: string[] = [];
      const ports = (tab.el as Widget & { ports: { fetch: typeof fetch } }).ports;
      const fetchOfTab = ports.fetch;
      ports.fetch = (input, init) => (asked.push(typeof input === 'object' && 'url' in input ? input.url : String(input)), fetchOfTab(input, init));
      expect(tab.el.send('Hello')).to.equal(true);
      await until(() => asked.some((url) => url.endsWith('/api/v1/chat/')), 'the chat being created');
      forget(tab.el);
      expect(keysOf(tab.win)).to.deep.equal([]);
      // The platform creates the chat 1.5 s late and answers at once: once the chat is listed,
      // its answer has reached the tab, and what the widget does with it is done.
      const chats = async () => (await (await fetch(`${slow.url}/__control/chats?tenant_id=miptech-company`)).json()).chats as unknown[];
      for (let listed = await chats(); listed.length === 0; listed = await chats()) await new Promise((r) => setTimeout(r, 50));
      await new Promise((resolve) => tab.win.setTimeout(resolve, 0));
      await tab.el.updateComplete;
      expect(keysOf(tab.win), 'nothing written back').to.deep.equal([]);
      tab.frame.remove();
    } finally {
      await executeServerCommand('platform-stop', { id: slow.id });
    }
  });
});
