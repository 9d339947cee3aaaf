// The panel's frame as a demanding designer checks it (issue 24): closing animates as opening
// does (item 4), a desktop shows one close control, not two (item 4), and a light brand colour
// gets an edge on the launcher so it does not melt into a white page (item 10). And drawn ahead
// of its first showing, so a click after intent only shows it (issue 27).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { NARROW_QUERY } from '../../src/styles/breakpoints.js';
import { openChat as openChatWith } from '../../testing/chat-harness.js';
import { contrast } from '../../testing/colors.js';
import type { PlatformRig } from '../../testing/mock-platform.js';
import { conversationRoutes, platformRig } from '../../testing/mock-platform.js';
import { $, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(async () => {
  rig?.server.stop();
  rig = null;
  await setViewport({ width: 800, height: 600 }).catch(() => undefined);
});

async function openChat(attributes: Record<string, string> = {}) {
  const chat = await openChatWith(attributes);
  rig = chat.rig;
  return chat;
}

describe('closing', () => {
  it('animates, as opening does: the panel sinks out of view and out of reach, while the element counts as closed at once', async () => {
    const { el } = await openChat();
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
    el.hide();
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect(panel, 'still drawn').to.exist;
    expect([el.open, $(el, '.root')!.classList.contains('open'), $(el, '.launcher')!.getAttribute('aria-expanded')]).to.deep.equal([false, false, 'false']);
    const style = getComputedStyle(panel);
    expect([style.animationName, style.pointerEvents]).to.deep.equal(['miptech-sink', 'none']);
    await until(() => el.shadowRoot!.activeElement === $(el, '.launcher'), 'focus on the launcher');
    await until(() => $(el, '.panel') === null, 'the panel gone', 1000);
  });

  it('opened again on its way out, the panel is simply open', async () => {
    const { el } = await openChat();
    el.hide();
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect(getComputedStyle(panel).animationName).to.equal('miptech-rise');
    // Past the end of its opening, and of the closing it interrupted.
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await el.updateComplete;
    expect($(el, '.panel'), 'the same panel, still there').to.equal(panel);
  });
});

describe('drawn ahead of its first showing', () => {
  it('once the chat arrives on intent, the panel is drawn out of sight and reach; the click only shows that panel', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl, prefetch: 'intent' }, { ports: rig.ports });
    let opened = 0;
    el.addEventListener('miptech-open', () => (opened += 1));
    $(el, '.launcher')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => $(el, '.panel') !== null, 'the panel drawn ahead', 15_000);
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect([el.open, panel.inert, getComputedStyle(panel).visibility], 'closed, inert, unseen').to.deep.equal([false, true, 'hidden']);
    expect(panel.getBoundingClientRect().height, 'laid out').to.be.greaterThan(0);
    expect([opened, el.connectionState, rig.server.clients().length], 'not opened, not connected').to.deep.equal([0, 'idle', 0]);
    $(el, '.launcher')!.click();
    await el.updateComplete;
    expect($(el, '.panel'), 'the same panel').to.equal(panel);
    expect([el.open, panel.inert, getComputedStyle(panel).visibility, opened]).to.deep.equal([true, false, 'visible', 1]);
    expect(getComputedStyle(panel).animationName, 'rising, as any opening').to.equal('miptech-rise');
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
    await until(() => el.connectionState === 'open', 'connected once shown', 5000);
  });

  it('whatever it holds: the consent notice, where the site requires consent, is drawn ahead out of sight too', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl, prefetch: 'intent', consent: 'required' }, { ports: rig.ports });
    $(el, '.launcher')!.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => $(el, '.panel .consent') !== null, 'the notice drawn ahead', 15_000);
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect([el.open, panel.inert, getComputedStyle(panel).visibility]).to.deep.equal([false, true, 'hidden']);
    el.show();
    await el.updateComplete;
    expect([panel.inert, getComputedStyle(panel).visibility]).to.deep.equal([false, 'visible']);
  });

  it('an inline panel is shown from the start, never drawn ahead: its consent notice is seen and reachable', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl, mode: 'inline', consent: 'required' }, { ports: rig.ports });
    await until(() => $(el, '.panel .consent') !== null, 'the notice', 15_000);
    await el.updateComplete;
    const panel = $(el, '.panel')!;
    expect([panel.inert, getComputedStyle(panel).visibility, el.connectionState]).to.deep.equal([false, 'visible', 'idle']);
  });

  it('is not drawn for nobody while a conversation is under way: a message the page sent before any open', async () => {
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl, prefetch: 'intent' }, { ports: rig.ports });
    expect(el.send('Do you ship to Norway?')).to.equal(true);
    await until(() => api.messages.length === 1, 'the message sent', 15_000);
    await el.updateComplete;
    expect([el.open, $(el, '.panel')]).to.deep.equal([false, null]);
    el.show();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.panel')!).visibility).to.equal('visible');
    expect($(el, '.message.user')!.textContent).to.contain('Do you ship to Norway?');
  });
});

describe('one close control', () => {
  const closeButton = (el: Element) => $(el, '.header .icon-button');

  it('beside a launcher on a wide screen, the launcher closes the panel and the header has no ×; the composer has focus', async () => {
    const { el } = await openChat();
    expect(getComputedStyle(closeButton(el)!).display).to.equal('none');
    expect($(el, '.launcher')!.getAttribute('aria-label')).to.match(/^Close/);
    await until(() => el.shadowRoot!.activeElement === $(el, 'textarea'), 'focus in the composer');
  });

  it('with launcher="none", the header’s × is the close control, and the panel keeps no room for a launcher', async () => {
    const { el } = await openChat({ launcher: 'none' });
    expect(getComputedStyle(closeButton(el)!).display).to.not.equal('none');
    await Promise.all($(el, '.panel')!.getAnimations().map((animation) => animation.finished));
    const offset = innerHeight - $(el, '.panel')!.getBoundingClientRect().bottom;
    expect(offset, 'the offset from the window’s edge, not 92 px').to.be.closeTo(20, 1);
  });

  it('on a phone the full-screen panel covers the launcher, and has its ×', async function () {
    // WebKit's driver sets no viewport.
    await setViewport({ width: 390, height: 844 }).catch(() => undefined);
    if (!matchMedia(NARROW_QUERY).matches) this.skip();
    const { el } = await openChat();
    expect(getComputedStyle($(el, '.launcher')!).display).to.equal('none');
    expect(getComputedStyle(closeButton(el)!).display).to.not.equal('none');
  });

  it('a consent notice opened from the launcher takes focus on its first button, not on a hidden ×', async () => {
    const { el } = await openChat({ consent: 'required' });
    await until(() => $(el, '.consent button') !== null, 'the consent notice');
    await until(() => el.shadowRoot!.activeElement?.tagName === 'BUTTON', 'focus on a button');
    expect(el.shadowRoot!.activeElement!.closest('.body'), 'in the panel’s body').to.exist;
  });
});

/** The colour of the launcher's 1 px edge, painted on white, as the page shows it. */
function edgeOnWhite(launcher: Element): [number, number, number] {
  const shadow = getComputedStyle(launcher).boxShadow;
  const color = /((?:rgba?|lch|oklch|lab|oklab|color)\([^()]*\))\s+0px 0px 0px 1px\s*$/.exec(shadow)?.[1];
  expect(color, `an edge in ${shadow}`).to.be.a('string');
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = color!;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

describe('the launcher on a white page', () => {
  for (const [brand, edged] of [
    ['#facc15', true],
    ['#fde68a', true],
    ['#2563eb', false],
    ['#111827', false],
  ] as const) {
    it(`${brand}: ${edged ? 'a light brand gets a darker edge of itself' : 'no edge: the brand stands out on its own'}`, async () => {
      rig = platformRig();
      const el = await mount({ 'primary-color': brand }, { ports: rig.ports });
      const edge = edgeOnWhite($(el, '.launcher')!);
      if (edged) expect(contrast(edge, [255, 255, 255]), 'the edge against white').to.be.at.least(3);
      else expect(edge).to.deep.equal([255, 255, 255]);
    });
  }
});

describe('opening', () => {
  it('never delays input: while the panel is still rising, the composer takes a message and sends it', async () => {
    const { el, api } = await openChat();
    await until(() => el.connectionState === 'open', 'the socket open');
    el.hide();
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    // Held mid-rise: whatever the machine's speed, the opening is still under way.
    const rising = el.shadowRoot!.getAnimations().filter((animation) => (animation as CSSAnimation).animationName === 'miptech-rise');
    expect(rising, 'the panel rising').to.not.have.length(0);
    for (const animation of rising) animation.pause();
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect([getComputedStyle($(el, '.panel')!).pointerEvents, field.disabled, field.closest('[inert]')]).to.deep.equal(['auto', false, null]);
    field.focus();
    field.value = 'Sent while it opens';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect($(el, '.message.user .bubble')?.textContent).to.equal('Sent while it opens');
    expect(rising.every((animation) => animation.playState === 'paused'), 'still rising').to.equal(true);
    await until(() => api.messages.length === 1, 'sent to the platform');
    for (const animation of rising) animation.finish();
  });
});

describe('the full-screen panel’s height (the on-screen keyboard)', () => {
  const heightOn = (el: HTMLElement) => $(el, '.root')!.style.getPropertyValue('--_viewport-height');

  it('on a phone, follows the visual viewport once the panel is up, and the page behind does not scroll', async function () {
    await setViewport({ width: 390, height: 700 }).catch(() => undefined);
    if (!matchMedia(NARROW_QUERY).matches) this.skip();
    const { el } = await openChat();
    await until(() => heightOn(el) !== '', 'the height written');
    expect(heightOn(el)).to.equal(`${Math.round(visualViewport!.height)}px`);
    expect(document.documentElement.style.overflow).to.equal('hidden');
    await setViewport({ width: 390, height: 600 });
    await until(() => heightOn(el) === `${Math.round(visualViewport!.height)}px`, 'the new height');
    el.hide();
    await until(() => document.documentElement.style.overflow === '', 'the page scrolls again');
  });

  it('on a wide screen, where the panel does not cover the page, is never measured or written', async () => {
    const { el } = await openChat();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(heightOn(el)).to.equal('');
    expect(document.documentElement.style.overflow).to.equal('');
  });
});
