// The panel's frame as a demanding designer checks it (issue 24): closing animates as opening
// does (item 4), a desktop shows one close control, not two (item 4), and a light brand colour
// gets an edge on the launcher so it does not melt into a white page (item 10).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { NARROW_QUERY } from '../../src/styles/breakpoints.js';
import { openChat as openChatWith } from '../../testing/chat-harness.js';
import { contrast } from '../../testing/colors.js';
import type { PlatformRig } from '../../testing/mock-platform.js';
import { platformRig } from '../../testing/mock-platform.js';
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
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect($(el, '.panel'), 'the same panel, still there').to.equal(panel);
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
