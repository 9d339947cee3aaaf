// Two tabs of one site: two same-origin frames with the script tag, sharing localStorage and
// hearing each other's storage events, against the real reference platform. They share one
// identity and one conversation, and lose nothing.
import { expect } from '@open-wc/testing';
import { $, folderKey, siteTab, until, usePlatform, type Widget } from '../../testing/built-widget.js';

const platform = usePlatform();

const tab = (key: string) => siteTab(key, platform.url());

const userTexts = (el: Widget) => [...el.shadowRoot!.querySelectorAll('.message.user .bubble')].map((b) => b.textContent?.trim());

describe('two tabs of one site', () => {
  it('share one identity: a chat started in one tab shows in the other, which was already open', async function () {
    this.timeout(60_000);
    const key = folderKey();
    const first = await tab(key);
    first.win.localStorage.clear();
    const second = await tab(key);
    // Both open (both connect) before either has a chat.
    first.el.show();
    second.el.show();
    await until(() => $(first.el, 'textarea') !== null && $(second.el, 'textarea') !== null, 'both chats loaded');
    await until(() => first.el.getAttribute('connection-state') === 'open' && second.el.getAttribute('connection-state') === 'open', 'both connected', 20_000);
    const identity = () => JSON.parse(first.win.localStorage.getItem(`miptech-chat:miptech-company@${platform.url()}:identity`) ?? '{}');
    const sessionBefore = identity().session_id;
    expect(sessionBefore, 'one stored identity').to.be.a('string');

    expect(first.el.send('Hello from the first tab')).to.equal(true);
    await until(() => userTexts(second.el).includes('Hello from the first tab'), 'the first tab’s message in the second tab', 20_000);
    expect(identity().session_id, 'the identity was adopted, not overwritten').to.equal(sessionBefore);

    expect(second.el.send('And from the second')).to.equal(true);
    await until(() => userTexts(first.el).includes('And from the second') || userTexts(second.el).length === 2, 'sent from the second tab', 20_000);
    const { chat_id: chatId, visitor_secret: secret } = identity();
    // The second tab shows its message at once; the platform has it a moment later (a busy machine).
    let questions: string[] = [];
    for (let i = 0; i < 100 && questions.length < 2; i += 1) {
      const history = await (await fetch(`${platform.url()}/api/v1/chat/${chatId}/messages`, { headers: { 'X-Tenant-ID': 'miptech-company', 'X-Visitor-Secret': secret } })).json();
      questions = history.messages.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content);
      if (questions.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(questions, 'both tabs wrote into one chat').to.deep.equal(['Hello from the first tab', 'And from the second']);
    first.frame.remove();
    second.frame.remove();
  });
});
