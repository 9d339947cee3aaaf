// The signed-in demo page (demo/account.html): consent, the site's own launcher with its unread
// count, logging in and out as two demo users, and a prefilled question, on the built script tag.
import { expect } from '@open-wc/testing';
import { $, folderKey, until, usePlatform, type Widget } from '../../testing/built-widget.js';

const platform = usePlatform();

describe('the signed-in demo page', () => {
  it('asks consent first, opens from the page’s own button, keeps each demo user’s conversation to themselves, and prefills a question', async function () {
    this.timeout(60_000);
    const frame = document.createElement('iframe');
    frame.src = `/served/plain/${folderKey()}/account.html?api=${encodeURIComponent(platform.url())}`;
    frame.style.cssText = 'width: 1000px; height: 760px';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const chat = () => doc.querySelector('miptech-chat') as Widget & { visitor: unknown };
      const click = (selector: string) => (doc.querySelector(selector) as HTMLButtonElement).click();
      const userTexts = () => [...chat().shadowRoot!.querySelectorAll('.message.user .bubble')].map((b) => b.textContent!.trim());
      await until(() => Boolean(chat().shadowRoot?.querySelector('.root')), 'the widget');
      expect($(chat(), '.launcher') === null, 'no built-in launcher').to.equal(true);
      click('#chat-button');
      await until(() => Boolean($(chat(), '.consent')), 'the consent notice');
      await Promise.all($(chat(), '.panel')!.getAnimations().map((animation) => animation.finished));
      expect(frame.contentWindow!.innerHeight - $(chat(), '.panel')!.getBoundingClientRect().bottom, 'no room kept for a launcher the page does not have').to.be.closeTo(20, 1);
      const slot = $(chat(), 'slot[name="consent"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.contain('run by MIPTech on our behalf');
      (chat().shadowRoot!.querySelector('.consent button') as HTMLButtonElement).click();
      await until(() => Boolean($(chat(), 'textarea')), 'the chat after consent');
      // An empty conversation: the account page's greeting, and its welcome in its own style.
      expect($(chat(), '.message.greeting')!.textContent).to.contain('your plan, your invoices and your orders');
      const welcome = (chat().shadowRoot!.querySelector('slot[name="empty"]') as HTMLSlotElement).assignedElements()[0] as HTMLElement;
      const style = frame.contentWindow!.getComputedStyle(welcome);
      expect([welcome.className, style.backgroundColor, style.borderTopStyle]).to.deep.equal(['chat-welcome', 'rgb(238, 242, 255)', 'solid']);
      expect(welcome.getBoundingClientRect().width, 'the welcome is drawn').to.be.above(200);
      click('[data-login="ada"]');
      await until(() => (doc.querySelector('#who')!.textContent ?? '').includes('Ada'), 'signed in as Ada');
      chat().send('What services does MIPTech offer?');
      await until(() => Boolean(chat().shadowRoot!.querySelector('.message.assistant:not(.greeting) .sources a')), 'Ada’s answer', 20_000);
      click('#logout');
      await until(() => userTexts().length === 0, 'nothing of Ada’s after logout');
      click('[data-login="grace"]');
      await until(() => (doc.querySelector('#who')!.textContent ?? '').includes('Grace'), 'signed in as Grace');
      await chat().updateComplete;
      expect(userTexts()).to.deep.equal([]);
      // Closed, an answer arrives: the page's button shows it.
      chat().hide();
      chat().send('How can I contact you?');
      await until(() => doc.querySelector('#unread')!.textContent === '1' && !(doc.querySelector('#unread') as HTMLElement).hidden, 'the unread count on the page’s button', 20_000);
      click('#order');
      await until(() => (chat().shadowRoot!.querySelector('textarea') as HTMLTextAreaElement | null)?.value === 'I have a question about order #1042: ', 'the prefilled question');
      expect((doc.querySelector('#unread') as HTMLElement).hidden).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
