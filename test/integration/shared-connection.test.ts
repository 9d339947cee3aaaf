// One connection per visitor, however many tabs: same-origin frames with the script tag share
// storage, Web Locks and BroadcastChannels as tabs of one site do. Against the real reference
// platform, whose counters say how many WebSockets are open.
import { expect } from '@open-wc/testing';
import { $, folderKey, siteTab, until, type Widget } from '../../testing/built-widget.js';
import { platformStats, startPlatform, stopPlatform, type Platform } from '../../testing/reference-platform.js';

let platform: Platform;
// Slow enough streaming that an answer is still being written when its tab's owner goes away.
before(async () => (platform = await startPlatform({ streamDelayMs: 50 })));
after(async () => stopPlatform(platform));

interface Tab {
  frame: HTMLIFrameElement;
  el: Widget;
}

/** A tab of the site with its panel open and the chat loaded. */
async function tab(key: string, extra = ''): Promise<Tab> {
  const { frame, el } = await siteTab(key, platform.url, extra);
  el.show();
  await until(() => $(el, 'textarea') !== null, 'the chat loaded');
  return { frame, el };
}

const bubbles = (el: Widget, role: 'user' | 'assistant') => [...el.shadowRoot!.querySelectorAll(`.message.${role}:not(.greeting) .bubble`)].map((b) => b.textContent!.trim());
const answer = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('.message.assistant:not(.greeting):last-of-type');
const isOpen = (t: Tab) => t.el.getAttribute('connection-state') === 'open';
const sockets = async () => (await platformStats(platform)).sockets;

async function historyOf(win: Window) {
  const key = Object.keys(win.localStorage).find((k) => k.endsWith(':identity') && k.includes(platform.url))!;
  const { chat_id: chatId, visitor_secret: secret } = JSON.parse(win.localStorage.getItem(key)!);
  const res = await fetch(`${platform.url}/api/v1/chat/${chatId}/messages`, { headers: { 'X-Tenant-ID': 'miptech-company', 'X-Visitor-Secret': secret } });
  return (await res.json()).messages as { role: string; content: string }[];
}

/** Each tab shows each of `questions` once, and every answer complete, once: as the platform stored them. */
async function sameConversation(tabs: Tab[], questions: string[]) {
  for (const t of tabs) await until(() => bubbles(t.el, 'assistant').length === questions.length && answer(t.el)?.getAttribute('aria-busy') === 'false', 'every answer complete', 30_000);
  const stored = await historyOf(tabs[0].frame.contentWindow!);
  const answers = stored.filter((m) => m.role === 'assistant').map((m) => m.content);
  for (const t of tabs) {
    expect(bubbles(t.el, 'user'), 'each question once').to.deep.equal(questions);
    expect(bubbles(t.el, 'assistant').length, 'each answer once').to.equal(answers.length);
    expect(t.el.shadowRoot!.querySelectorAll('.meta.interrupted').length, 'no answer left interrupted').to.equal(0);
  }
}

describe('one connection for every tab of a site', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    localStorage.clear();
  });

  it('three tabs share one WebSocket; each sends; the owner leaves mid-answer and the answer streams on in the others', async function () {
    this.timeout(120_000);
    const key = folderKey();
    const first = await tab(key);
    await until(() => isOpen(first), 'the first tab connected', 20_000);
    const [second, third] = [await tab(key), await tab(key)];
    await until(() => isOpen(second) && isOpen(third), 'the other tabs show the connection open');
    expect(await sockets(), 'one WebSocket for three tabs').to.equal(1);
    expect((await platformStats(platform)).connections, 'and only one was ever opened').to.equal(1);

    expect(second.el.send('Hello from the second tab')).to.equal(true);
    await sameConversation([first, second, third], ['Hello from the second tab']);
    expect(third.el.send('Hi from the third tab')).to.equal(true);
    await sameConversation([first, second, third], ['Hello from the second tab', 'Hi from the third tab']);

    // A long answer, asked in the owner's tab, which goes away while it is being written.
    expect(first.el.send('What services does MIPTech offer?')).to.equal(true);
    await until(() => (answer(third.el)?.textContent?.length ?? 0) > 60 && answer(third.el)?.getAttribute('aria-busy') === 'true', 'the answer streaming in the third tab', 20_000);
    const shown = answer(third.el)!.querySelector('.bubble')!.textContent!.length;
    first.frame.remove();
    let streamedOn = false;
    await until(() => {
      const now = answer(third.el);
      streamedOn ||= now?.getAttribute('aria-busy') === 'true' && now.querySelector('.bubble')!.textContent!.length > shown + 20;
      return now?.getAttribute('aria-busy') === 'false' && now.querySelector('.sources') !== null;
    }, 'the answer complete, with its sources, in the third tab', 30_000);
    expect(streamedOn, 'the answer went on streaming after the owner left, not only replaced at the end').to.equal(true);
    const questions = ['Hello from the second tab', 'Hi from the third tab', 'What services does MIPTech offer?'];
    await sameConversation([second, third], questions);
    await until(() => isOpen(second) && isOpen(third), 'both connected through the new owner');
    expect(await sockets(), 'still one WebSocket').to.equal(1);

    expect(third.el.send('And one more from the third')).to.equal(true);
    await sameConversation([second, third], [...questions, 'And one more from the third']);
  });

  it('an owner that stops answering (a frozen tab) has its lock taken over, and gives its socket up', async function () {
    this.timeout(60_000);
    const key = folderKey();
    const owner = await tab(key);
    await until(() => isOpen(owner), 'the first tab connected', 20_000);
    const follower = await tab(key);
    await until(() => isOpen(follower), 'the second tab follows it');
    const opened = (await platformStats(platform)).connections;
    // The owner's words stop reaching the other tab, as when its page is frozen.
    const ownerChannel = (owner.frame.contentWindow as Window & typeof globalThis).BroadcastChannel.prototype;
    const post = ownerChannel.postMessage;
    ownerChannel.postMessage = () => undefined;
    for (let tries = 0; (await platformStats(platform)).connections === opened; tries += 1) {
      if (tries > 200) throw new Error('no tab took the connection over');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    ownerChannel.postMessage = post;
    // Web Locks took the lock from the owner (its request rejects), so it closed its own socket.
    for (let tries = 0; (await sockets()) !== 1; tries += 1) {
      if (tries > 200) throw new Error(`${await sockets()} sockets: the old owner kept its own`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await until(() => isOpen(owner) && isOpen(follower), 'both connected through the tab that took over');
    expect(owner.el.send('Sent from the tab that was frozen')).to.equal(true);
    await sameConversation([owner, follower], ['Sent from the tab that was frozen']);
    expect(await sockets()).to.equal(1);
  });

  it('the debug view says which tab holds the connection and which follows it', async function () {
    this.timeout(60_000);
    const key = folderKey();
    const owner = await tab(key, '&debug');
    await until(() => isOpen(owner), 'the first tab connected', 20_000);
    const follower = await tab(key, '&debug');
    const sharing = (t: Tab) => $(t.el, '.diagnostics .sharing')?.textContent;
    await until(() => sharing(owner) === 'this tab holds the connection the site’s tabs share', 'the owner says so', 20_000);
    await until(() => sharing(follower) === 'another tab holds the connection; this tab receives through it', 'the follower says so', 20_000);
  });

  it('without Web Locks each tab keeps its own socket, and the conversation is still shared', async function () {
    this.timeout(60_000);
    const key = folderKey();
    // The previous test's sockets close as its frames go: count from none.
    for (let tries = 0; (await sockets()) > 0; tries += 1) {
      if (tries > 100) throw new Error('the previous test’s sockets never closed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [first, second] = [await tab(key, '&noLocks'), await tab(key, '&noLocks')];
    expect('locks' in first.frame.contentWindow!.navigator && first.frame.contentWindow!.navigator.locks !== undefined, 'the page has no Web Locks').to.equal(false);
    await until(() => isOpen(first) && isOpen(second), 'both connected', 20_000);
    expect(await sockets(), 'one WebSocket per tab').to.equal(2);
    expect(second.el.send('Hello without locks')).to.equal(true);
    await sameConversation([first, second], ['Hello without locks']);
  });
});
