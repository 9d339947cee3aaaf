// The panel on a touch screen (a phone, emulated where the browser can: Chromium, through
// test/rig/touch-emulation.mjs; elsewhere these tests skip).
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { MiptechChat } from '../../src/miptech-chat.js';
import type { conversationRoutes, PlatformRig } from '../../testing/mock-platform.js';
import { $, $$ } from '../../testing/mount.js';
import { settle } from '../../testing/settle.js';
import { until } from '../../testing/wait.js';
import { askAndAnswer, openChat as openChatWith } from '../../testing/chat-harness.js';

let rig: PlatformRig | null = null;
afterEach(async () => {
  rig?.server.stop();
  rig = null;
  await executeServerCommand('emulate-touch', { enabled: false });
  await setViewport({ width: 800, height: 600 }).catch(() => undefined);
});

/** A phone: 390 × 844, touch only. False where the browser cannot pretend to be one. */
async function phone(): Promise<boolean> {
  // WebKit's driver sets no viewport: the panel is then tested at the runner's size.
  await setViewport({ width: 390, height: 844 }).catch(() => undefined);
  return (await executeServerCommand('emulate-touch', { enabled: true })) === true && matchMedia('(pointer: coarse)').matches;
}

/** The harness's chat, whose rig this file's afterEach stops. */
async function openChat(attributes: Record<string, string> = {}) {
  const chat = await openChatWith(attributes);
  rig = chat.rig;
  return chat;
}

/** The platform answers the visitor's last question, whole, with a citation, code and suggestions. */
async function answered(el: MiptechChat, api: ReturnType<typeof conversationRoutes>) {
  const content = 'We build websites [1].\n\n```js\nlet site = 1;\n```';
  const sources = [{ title: 'Services', url: 'https://miptech.example/services' }];
  await askAndAnswer(el, { api, rig: rig! }, 'What do you offer?', content, { sources, suggestions: ['Prices?'] });
  await until(() => $(el, '.actions-row') !== null && $(el, '.suggestions .chip') !== null, 'the answer, its actions and suggestions');
  // A block the frame's parse budget left as text is parsed a frame later (on a busy machine).
  await until(() => $(el, 'sup.cite a') !== null && $(el, '.markdown .copy') !== null, 'the citation and the code block drawn');
  settle(el);
}

/** Whether a tap at 21 px from the centre of `target`, each way, lands on it (its hit area is at least 42 × 42). */
function tappable(el: MiptechChat, target: Element): boolean {
  const box = target.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  return [[-21, 0], [21, 0], [0, -21], [0, 21]].every(([dx, dy]) => {
    const hit = el.shadowRoot!.elementFromPoint(x + dx, y + dy);
    return hit !== null && (hit === target || target.contains(hit));
  });
}

describe('on a touch screen', () => {
  it('the panel opens without the keyboard: focus goes to its first button, not the composer', async function () {
    if (!(await phone())) this.skip();
    const { el } = await openChat({ 'starter-prompts': 'What do you offer?|Prices?' });
    await el.updateComplete;
    await until(() => el.shadowRoot!.activeElement !== null, 'focus in the panel');
    expect(el.shadowRoot!.activeElement!.tagName).to.equal('BUTTON');
    expect($(el, 'textarea') === el.shadowRoot!.activeElement, 'not the composer').to.equal(false);
  });

  it('every control is at least 44 × 44 px, and a citation or Copy takes a tap around it', async function () {
    if (!(await phone())) this.skip();
    const { el, api } = await openChat();
    await answered(el, api);
    const controls = [...$$(el, '.actions-row .icon-button'), ...$$(el, '.suggestions .chip'), $(el, '.header .icon-button')!];
    expect(controls.length, 'the thumbs, regenerate, a chip and close').to.equal(5);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(Math.min(width, height), `${control.className} ${control.getAttribute('aria-label') ?? control.textContent}`).to.be.at.least(44);
    }
    expect(tappable(el, $(el, 'sup.cite a')!), 'the citation').to.equal(true);
    expect(tappable(el, $(el, '.markdown .copy')!), 'Copy').to.equal(true);
  });

  it('every text field is at least 16 px, so iOS does not zoom in when it takes focus', async function () {
    if (!(await phone())) this.skip();
    const { el, api } = await openChat();
    await answered(el, api);
    $<HTMLButtonElement>(el, 'button[aria-label="Not helpful"]')!.click();
    await until(() => $(el, '.feedback-form textarea') !== null, 'the comment form');
    for (const field of $$(el, 'textarea')) expect(parseFloat(getComputedStyle(field).fontSize), field.className || field.getAttribute('aria-label')!).to.be.at.least(16);
  });
});

describe('the thumbs', () => {
  it('say what they do as a tooltip, not by their icon alone', async () => {
    const { el, api } = await openChat();
    await answered(el, api);
    const thumbs = $$(el, '.actions-row .icon-button[aria-pressed]');
    expect(thumbs.map((b) => b.getAttribute('title'))).to.deep.equal(['Helpful', 'Not helpful']);
  });
});
