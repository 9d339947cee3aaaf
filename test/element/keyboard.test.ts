// Keyboard only (issue 11): open, send, use each control, close, with real key presses
// (sendKeys, in all three browsers), and where focus is asserted after every step.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

const FOCUSABLE = 'button, textarea, a[href], [tabindex]:not([tabindex="-1"])';
/** Where focus is, inside the widget (null when it is elsewhere). */
const focused = (el: MiptechChat) => el.shadowRoot!.activeElement;
/** The panel's controls a Tab reaches, in order. */
const controls = (el: MiptechChat) =>
  [...$(el, '.panel')!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((c) => !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0);
const press = (key: string) => sendKeys({ press: key });

/**
 * From the page's button just before the widget, presses Tab until `target` has focus,
 * asserting that each stop is the next control in the panel's order. (Forward only: WebKit's
 * WebDriver cannot hold Shift.)
 */
async function tabTo(el: MiptechChat, before: HTMLElement, target: HTMLElement) {
  before.focus();
  const list = controls(el);
  for (let i = 0; focused(el) !== target; i++) {
    await press('Tab');
    expect(focused(el), `Tab ${i + 1} reaches the panel's control ${i + 1}`).to.equal(list[i]);
    expect(i, 'reached within the panel').to.be.below(list.length);
  }
}

describe('keyboard only', () => {
  it('open, send, use each control, close', async function () {
    this.timeout(40_000);
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const before = Object.assign(document.createElement('button'), { textContent: 'page button' });
    document.body.prepend(before);
    try {
      const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
      before.focus();
      await press('Tab');
      expect(focused(el), 'Tab from the page reaches the launcher').to.equal($(el, '.launcher'));

      await press('Enter');
      await chatLoaded(el, 15_000);
      await until(() => focused(el) === $(el, '.composer textarea'), 'the composer focused on open');

      await until(() => el.connectionState === 'open', 'the socket open');
      await sendKeys({ type: 'Prices?' });
      await press('Enter');
      await until(() => api.messages.length === 1, 'sent with Enter');
      expect(focused(el), 'focus stays in the composer').to.equal($(el, '.composer textarea'));
      expect(($(el, '.composer textarea') as HTMLTextAreaElement).value).to.equal('');

      const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
      const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'The **Basic** plan:\n\n```\nbasic\n```', created_at: 't', reply_to: replyTo, suggestions: ['And Pro?'], sources: [{ title: 'Pricing', url: 'https://example.com/p' }] };
      api.store(message);
      rig.server.clients()[0].send(JSON.stringify({ type: 'response_complete', data: { message } }));
      await until(() => $(el, '.chip') !== null && $(el, '.markdown .copy') !== null, 'the answer');

      // Tab walks through every control of the conversation, in order, to the composer's.
      await tabTo(el, before, $(el, '.composer textarea')!);

      // Copy code: focus stays on the button.
      const copy = $(el, '.markdown .copy')!;
      await tabTo(el, before, copy);
      await press('Enter');
      await until(() => /Copied|Copy failed/.test(copy.textContent ?? '') || /Copied|Copy failed/.test(copy.getAttribute('aria-label') ?? ''), 'copy said');
      expect(focused(el)).to.equal(copy);

      // Not helpful: focus moves into the form it opens; Send leaves it on the composer.
      await tabTo(el, before, $(el, '[aria-label="Not helpful"]')!);
      await press('Enter');
      await until(() => focused(el) === $(el, '.feedback-form textarea'), 'focus in the feedback form');
      await sendKeys({ type: 'Too short' });
      await press('Tab');
      expect(focused(el), 'Tab from the comment reaches Send').to.equal($(el, '.feedback-form button[type="submit"]'));
      await press('Enter');
      await until(() => api.feedback.length === 1, 'feedback sent');
      await until(() => focused(el) === $(el, '.composer textarea'), 'focus back on the composer');

      // A suggestion: sends it, and focus goes to the composer.
      await tabTo(el, before, $(el, '.chip')!);
      await press('Enter');
      await until(() => api.messages.filter((m) => m.role === 'user').length === 2, 'the suggestion sent');
      await until(() => focused(el) === $(el, '.composer textarea'), 'focus on the composer after a chip');

      // Escape closes, and focus returns to the launcher.
      await press('Escape');
      await until(() => !el.open, 'closed');
      await until(() => focused(el) === $(el, '.launcher'), 'focus on the launcher');
    } finally {
      before.remove();
    }
  });
});
