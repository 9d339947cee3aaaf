// Every visitor (issue 11): IME input, screen readers, keyboard-only use, reduced motion.
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';
import { jumpClocks } from '../../testing/jump-clock.js';
import { openChat as openChatWith } from '../../testing/chat-harness.js';
import { MapStorage } from '../../testing/map-storage.js';
import { backgroundBehind, contrast, textContrast } from '../../testing/colors.js';

let rig: PlatformRig | null = null;
const jumpClock = jumpClocks();
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

/** The harness's chat, whose rig this file's afterEach stops. */
async function openChat(attributes: Record<string, string | boolean> = {}) {
  const chat = await openChatWith(attributes);
  rig = chat.rig;
  return chat;
}

/** Sends `question` once the socket is open, and waits until the platform has it; returns its client_message_id. */
async function ask(el: MiptechChat, api: ReturnType<typeof conversationRoutes>, question: string) {
  await until(() => el.connectionState === 'open', 'the socket open');
  el.send(question);
  await until(() => api.messages.length > 0, 'sent');
  return (api.messages[api.messages.length - 1] as { client_message_id: string }).client_message_id;
}

/** The platform stores `content` as the answer to `replyTo` and pushes it whole. */
function answer(api: ReturnType<typeof conversationRoutes>, replyTo: string, content: string) {
  const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content, created_at: 't', reply_to: replyTo };
  api.store(message);
  rig!.server.clients()[0].send(JSON.stringify({ type: 'response_complete', data: { message } }));
}

const type = async (el: MiptechChat, text: string) => {
  const field = $<HTMLTextAreaElement>(el, 'textarea')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return field;
};

describe('IME input', () => {
  it('an Enter that confirms a composition never sends, in the Chromium/Firefox order and in WebKit’s', async () => {
    const { el, api } = await openChat();
    const field = await type(el, 'にほんご');
    // Chromium and Firefox: the confirming Enter comes while composing.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, keyCode: 229, bubbles: true, composed: true, cancelable: true }));
    // WebKit: compositionend first, then the Enter's keydown with isComposing false and keyCode 229.
    field.dispatchEvent(new CompositionEvent('compositionend', { data: 'にほんご', bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: false, keyCode: 229, bubbles: true, composed: true, cancelable: true }));
    // A send shows the message in the log at once; none is there, and none went out.
    await el.updateComplete;
    expect($(el, '.message.user')).to.equal(null);
    expect(api.messages).to.have.length(0);
    expect(field.value).to.equal('にほんご');
    // A plain Enter afterwards sends.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, composed: true, cancelable: true }));
    await until(() => api.messages.length === 1, 'sent');
  });
});

describe('screen readers', () => {
  it('the reconnect countdown ticks on screen, but the live region says the state once', async function () {
    this.timeout(10_000);
    const api = conversationRoutes();
    const clock = jumpClock();
    rig = platformRig({ routes: api.routes, socket: 'close-1011', scheduler: clock });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => /in \d+ s/.test($(el, '.status > [aria-hidden]')?.textContent ?? ''), 'the countdown');
    // From here the widget's time moves only by the jumps (no platform is needed in the wait): a
    // busy machine's slow steps cannot carry it past the reconnect.
    clock.stop();
    const waiting = { visible: new Set<string>(), spoken: new Set<string>() };
    const sample = () => {
      expect(el.getAttribute('connection-state')).to.equal('waiting');
      waiting.visible.add($(el, '.status > [aria-hidden]')?.textContent ?? '');
      waiting.spoken.add($(el, '.status [role="status"]')?.textContent ?? '');
    };
    sample();
    // Through the wait to its last second, 500 ms of the widget's time at a jump, each drawn.
    const seconds = Number(/in (\d+) s/.exec($(el, '.status > [aria-hidden]')!.textContent!)![1]);
    for (let waited = 500; waited < (seconds - 1) * 1000 + 500; waited += 500) {
      clock.jump(500);
      el.requestUpdate();
      await el.updateComplete;
      sample();
    }
    expect(waiting.visible.size, 'the countdown ticks on screen').to.be.greaterThan(1);
    expect([...waiting.spoken], 'one announcement for the whole wait').to.deep.equal(['Server error. Reconnecting…']);
  });

  it('every message says who said it, not only by colour and side', async () => {
    const { el, api } = await openChat({ heading: 'Ada' });
    answer(api, await ask(el, api, 'Hello'), 'Hi there');
    await until(() => el.shadowRoot!.querySelectorAll('.message.assistant:not(.greeting)').length === 1, 'the answer');
    const speakers = [...el.shadowRoot!.querySelectorAll('.message:not(.greeting) > .visually-hidden:first-child')].map((s) => s.textContent);
    expect(speakers).to.have.members(['You said:', 'Ada said:']);
  });

  it('inline mode is a region, and carries no aria-modal', async () => {
    const { el } = await openChat({ mode: 'inline' });
    const panel = $(el, '.panel')!;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(panel.hasAttribute('aria-modal')).to.equal(false);
  });
});

describe('keyboard focus', () => {
  const focused = (el: MiptechChat) => el.shadowRoot!.activeElement;

  it('a starter prompt chip that sends (and goes away) leaves focus on the composer', async () => {
    const { el } = await openChat({ 'starter-prompts': 'What do you offer?|Prices?' });
    const chip = $<HTMLButtonElement>(el, '.suggestions .chip')!;
    chip.focus();
    chip.click();
    await el.updateComplete;
    expect(focused(el)?.tagName).to.equal('TEXTAREA');
  });

  it('the feedback form’s Skip leaves focus on the composer', async () => {
    const { el, api } = await openChat();
    answer(api, await ask(el, api, 'Hi'), 'Hello');
    await until(() => $(el, 'button[aria-label="Not helpful"]') !== null, 'the thumbs');
    $<HTMLButtonElement>(el, 'button[aria-label="Not helpful"]')!.click();
    await until(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Skip'), 'the form');
    const skip = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Skip')!;
    skip.focus();
    skip.click();
    await el.updateComplete;
    expect(focused(el)?.tagName).to.equal('TEXTAREA');
  });

  it('Retry on the error panel leaves focus on the composer', async () => {
    rig = platformRig({ routes: conversationRoutes().routes, socket: 'close-4003' });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => $(el, '.banner[role=alert] button') !== null, 'the error panel');
    const retry = $<HTMLButtonElement>(el, '.banner[role=alert] button')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(focused(el)?.tagName).to.equal('TEXTAREA');
  });

  it('Stop leaves focus on the composer (the Stop button turns back into Send)', async () => {
    const { el, api } = await openChat();
    await ask(el, api, 'Tell me a long story');
    rig!.server.clients()[0].send(JSON.stringify({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: 'x' } }));
    rig!.server.clients()[0].send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: 'Once upon' } }));
    await until(() => $(el, 'button.stop') !== null, 'the Stop button');
    $<HTMLButtonElement>(el, 'button.stop')!.focus();
    $<HTMLButtonElement>(el, 'button.stop')!.click();
    await el.updateComplete;
    expect(focused(el)?.tagName).to.equal('TEXTAREA');
  });
});

describe('reduced motion', () => {
  it('stops the blinking cursor and the bouncing typing dots', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // this browser's driver cannot emulate media features
    }
    try {
      const { el, api } = await openChat();
      el.send('Hi');
      await until(() => api.messages.length === 1, 'sent');
      await until(() => $(el, '.typing span[aria-hidden]') !== null, 'the typing dots');
      expect(getComputedStyle($(el, '.typing span[aria-hidden]')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' }).catch(() => undefined);
    }
  });
});

describe('status messages are spoken', () => {
  const live = (el: MiptechChat) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim();

  it('"Thanks for your feedback" and "Copied" reach the polite live region; the typing indicator has words', async () => {
    const { el, api } = await openChat();
    const reply = await ask(el, api, 'Code, please');
    await until(() => $(el, '.typing .visually-hidden')?.textContent === 'The assistant is typing', 'the typing indicator, in words');
    answer(api, reply, '```js\nconsole.log(1)\n```');
    await until(() => $(el, 'button.copy') !== null, 'the code block');
    $<HTMLButtonElement>(el, 'button.copy')!.click();
    await until(() => live(el) === 'Copied', 'Copied, spoken');
    $<HTMLButtonElement>(el, 'button[aria-label="Helpful"]')!.click();
    await until(() => live(el) === 'Thanks for your feedback', 'the thanks, spoken');
  });
});

describe('forced colours (Windows high contrast)', () => {
  /** The rules the widget's stylesheets apply under `(forced-colors: active)`, selector → declarations. */
  const forcedRules = (el: MiptechChat) => {
    const rules = new Map<string, string>();
    for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSMediaRule) || !/forced-colors:\s*active/.test(rule.conditionText)) continue;
        for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) rules.set(inner.selectorText, inner.style.cssText);
      }
    }
    return rules;
  };

  it('the launcher, Send, the bubbles, chips and the chosen rating keep visible edges', async () => {
    const { el } = await openChat({ 'starter-prompts': 'Prices?' });
    const rules = [...forcedRules(el).entries()].map(([selector, style]) => `${selector} { ${style} }`).join('\n');
    for (const selector of ['.launcher', '.send', '.bubble', '.chip', '.icon-button.chosen']) expect(rules, selector).to.contain(selector);
    expect(rules).to.match(/border: 2px solid buttontext|border: 2px solid ButtonText/i);
    // Where the browser can emulate forced colours, check what is drawn, too.
    if (!(await emulateMedia({ forcedColors: 'active' }).then(() => matchMedia('(forced-colors: active)').matches, () => false))) return;
    try {
      expect(getComputedStyle($(el, '.launcher')!).borderTopStyle).to.equal('solid');
    } finally {
      await emulateMedia({ forcedColors: 'none' }).catch(() => undefined);
    }
  });
});

describe('contrast of the default themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: "Retry now" in the status bar reaches 4.5:1`, async function () {
      this.timeout(10_000);
      rig = platformRig({ routes: conversationRoutes().routes, socket: 'close-1011' });
      const el = await mount({ 'api-url': rig.apiUrl, theme }, { ports: rig.ports });
      el.show();
      await chatLoaded(el, 15_000);
      await until(() => $(el, '.status .link-button') !== null, 'Retry now');
      expect(textContrast($(el, '.status .link-button')!)).to.be.at.least(4.5);
    });
  }
});

describe('the log and the composer', () => {
  it('the conversation log draws its focus ring inside, where the panel does not clip it', async function () {
    const { el } = await openChat();
    const log = $(el, '.messages')!;
    log.focus({ focusVisible: true } as FocusOptions);
    await el.updateComplete;
    if (!log.matches(':focus-visible')) this.skip(); // this browser does not treat a scripted focus as visible
    expect(parseFloat(getComputedStyle(log).outlineOffset)).to.be.below(0);
  });

  it('the composer grows with what is typed, up to its limit, where the browser can size a field to its content', async function () {
    if (!CSS.supports('field-sizing', 'content')) this.skip();
    const { el } = await openChat();
    const field = await type(el, 'one');
    const one = field.getBoundingClientRect().height;
    await type(el, 'one\ntwo\nthree');
    const three = field.getBoundingClientRect().height;
    await type(el, Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'));
    const many = field.getBoundingClientRect().height;
    expect(three).to.be.greaterThan(one);
    expect(many).to.be.at.most(140);
  });
});

describe('any brand colour (item 4): text and rings derived from it stay readable', () => {
  // The colours an auditor tried: pure yellow, green, a mid grey, black and white.
  for (const brand of ['#ffff00', '#00ff00', '#777777', '#000000', '#ffffff']) {
    for (const theme of ['light', 'dark']) {
      it(`${brand} on ${theme}`, async function () {
        this.timeout(20_000);
        const api = conversationRoutes();
        rig = platformRig({ routes: api.routes });
        const el = await mount({ 'api-url': rig.apiUrl, 'primary-color': brand, theme, 'starter-prompts': 'Pricing?' }, { ports: rig.ports });
        const launcher = $(el, '.launcher')!;
        expect(contrast(getComputedStyle(launcher).color, getComputedStyle(launcher).backgroundColor), 'launcher icon on the brand').to.be.at.least(4.5);
        el.show();
        await chatLoaded(el, 15_000);
        const header = $(el, '.header')!;
        expect(contrast(getComputedStyle(header).color, getComputedStyle(header).backgroundColor), 'header title on the brand').to.be.at.least(4.5);
        // The chip's border is the brand as a foreground: the same colour as focus rings and the chosen rating.
        const chip = $(el, '.chip')!;
        expect(contrast(getComputedStyle(chip).borderTopColor, backgroundBehind(chip)), 'chip border').to.be.at.least(4.5);
        expect(getComputedStyle(chip).color, 'the chip’s text is the brand too, not the theme’s link blue').to.equal(getComputedStyle(chip).borderTopColor);
        const placeholder = getComputedStyle($(el, 'textarea')!, '::placeholder').color;
        expect(contrast(placeholder, backgroundBehind($(el, 'textarea')!)), 'the placeholder').to.be.at.least(4.5);
        if (theme === 'dark') {
          const edge = getComputedStyle($(el, '.panel')!).borderTopColor;
          expect(contrast(edge, '#000000'), 'the dark panel’s edge on a black page').to.be.at.least(2);
        }
        const field = $<HTMLTextAreaElement>(el, 'textarea')!;
        field.focus();
        await el.updateComplete;
        expect(contrast(getComputedStyle(field).borderTopColor, backgroundBehind(field)), 'textarea focus border').to.be.at.least(3);
        await ask(el, api, 'Hello');
        await until(() => $(el, '.message.user .bubble') !== null, 'my bubble');
        const bubble = $(el, '.message.user .bubble')!;
        expect(contrast(getComputedStyle(bubble).color, getComputedStyle(bubble).backgroundColor), 'my message on the brand').to.be.at.least(4.5);
        el.remove();
      });
    }
  }
});

describe('focus never hides behind the panel (item 5, WCAG 2.4.11)', () => {
  /** Phones: a fake matchMedia where the narrow query matches (so it runs in every browser's driver). */
  const phone = (query: string) => ({ matches: query.includes('max-width'), addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;

  it('full screen on a phone, the panel is a modal dialog, and Tab and Shift+Tab wrap inside it', async function () {
    this.timeout(20_000);
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: { ...rig.ports, matchMedia: phone } });
    el.show();
    await chatLoaded(el, 15_000);
    const panel = $(el, '.panel')!;
    expect(panel.getAttribute('aria-modal')).to.equal('true');
    const controls = [...panel.querySelectorAll<HTMLElement>('button, textarea')].filter((c) => !(c as HTMLButtonElement).disabled && c.getClientRects().length > 0);
    const [first, last] = [controls[0], controls[controls.length - 1]];
    last.focus();
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
    expect(el.shadowRoot!.activeElement, 'Tab from the last control').to.equal(first);
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(el.shadowRoot!.activeElement, 'Shift+Tab from the first control').to.equal(last);
  });

  it('on a desktop the panel is not modal; Escape on a page link the panel covers closes it, and focus stays on the link', async function () {
    this.timeout(20_000);
    const { el } = await openChat();
    expect($(el, '.panel')!.getAttribute('aria-modal')).to.equal('false');
    const rect = $(el, '.panel')!.getBoundingClientRect();
    const covered = Object.assign(document.createElement('a'), { href: '#covered', textContent: 'under the panel' });
    const clear = Object.assign(document.createElement('a'), { href: '#clear', textContent: 'beside the panel' });
    covered.style.cssText = `position: fixed; left: ${rect.left + 20}px; top: ${rect.top + 80}px`;
    clear.style.cssText = 'position: fixed; left: 0; top: 0';
    document.body.append(covered, clear);
    try {
      clear.focus();
      clear.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(el.open, 'Escape on a link the panel does not cover').to.equal(true);
      covered.focus();
      covered.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      await until(() => !el.open, 'closed by Escape');
      expect(document.activeElement, 'focus stays on the page').to.equal(covered);
    } finally {
      covered.remove();
      clear.remove();
    }
  });
});

describe('reading answers aloud (item 9)', () => {
  it('a visitor can choose answers read once complete: a toggle first in the panel, out of sight until focused, remembered', async function () {
    this.timeout(20_000);
    const storage = new MapStorage();
    rig = platformRig({ routes: conversationRoutes().routes, storage });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    const toggle = $<HTMLButtonElement>(el, '.skip')!;
    expect(toggle.textContent).to.equal('Read answers aloud as they arrive');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(toggle.getBoundingClientRect().width, 'out of sight').to.be.at.most(1);
    toggle.focus();
    await el.updateComplete;
    expect(toggle.getBoundingClientRect().width, 'seen once focused').to.be.greaterThan(20);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(storage.getItem('miptech-chat:read-answers-at-end')).to.equal('1');
  });
});

describe('text size and zoom (item 15)', () => {
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

  it('text follows the visitor’s default font size, never the page’s (a 10 px html and 30 px body leak nothing)', async function () {
    this.timeout(20_000);
    const host = document.createElement('style');
    host.textContent = 'html { font-size: 10px !important; } body { font-size: 30px !important; }';
    document.head.append(host);
    const probe = Object.assign(document.createElement('div'), { textContent: 'probe' });
    probe.style.fontSize = 'medium'; // what the visitor set as their browser's default
    document.body.append(probe);
    try {
      const { el } = await openChat();
      // Every text size inside is relative to this (architecture test: no px font sizes).
      expect(px($(el, '.root')!)).to.equal(px(probe));
      expect(px($(el, 'textarea')!)).to.be.closeTo(px(probe) * 0.875, 0.01);
      expect(px($(el, '.header h2')!)).to.be.closeTo(px(probe) * 0.9375, 0.05);
    } finally {
      host.remove();
      probe.remove();
    }
  });

  it('at 400% zoom (a 320 × 256 viewport) the conversation keeps a usable height', async function () {
    this.timeout(20_000);
    try {
      await setViewport({ width: 320, height: 256 });
    } catch {
      this.skip(); // this browser's driver cannot resize the page
    }
    try {
      const { el } = await openChat();
      const log = $(el, '.messages')!.getBoundingClientRect();
      // Full screen, header and composer take what they need; the log keeps at least a third.
      expect(log.height).to.be.at.least(256 / 3);
      expect($(el, '.panel')!.getBoundingClientRect().height).to.be.at.most(256);
    } finally {
      await setViewport({ width: 800, height: 600 }).catch(() => undefined);
    }
  });
});
