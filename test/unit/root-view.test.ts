// What the loader draws before the chat arrives, and around it (views/root-view.ts): the launcher
// turns while the chat is fetched after a click; a chat that could not be fetched is said in a
// notice with Retry; an inline chat (or one without a launcher) holds its place meanwhile.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { createTerm } from '../../src/i18n/term.js';
import type { FrameConfig } from '../../src/config/config.js';
import { styles } from '../../src/styles/index.js';
import { adoptSheets } from '../../src/styles/sheet.js';
import { rootView, type RootModel } from '../../src/views/root-view.js';

const t = createTerm('en', [en]);
const config = { position: 'bottom-right', theme: 'light', launcher: 'default' } as FrameConfig;

function drawn(overrides: Partial<RootModel> = {}, frame: { inline?: boolean } = {}) {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  // The element's own sheets, as the element adopts them (the stand-in brings its own).
  adoptSheets(shadow, styles);
  document.body.append(host);
  const calls = { retry: 0, close: 0, toggle: 0 };
  const view = rootView(host, {
    onToggle: () => (calls.toggle += 1),
    onIntent: () => {},
    onRetry: () => (calls.retry += 1),
    onClose: () => (calls.close += 1),
  });
  shadow.append(view.root);
  const model = (more: Partial<RootModel> = {}): RootModel => ({
    frame: { t, title: 'Helper', inline: Boolean(frame.inline), onClose: () => {} },
    config,
    open: false,
    prefersDark: false,
    lang: 'en',
    dir: 'ltr',
    hasProblem: false,
    chat: null,
    chunkFailed: false,
    drawChat: null,
    ...overrides,
    ...more,
  });
  const draw = (more: Partial<RootModel> = {}) => view.draw(model(more));
  draw();
  const $ = (selector: string) => shadow.querySelector<HTMLElement>(selector);
  return { draw, $, shadow, calls, remove: () => host.remove() };
}

describe('rootView: before the chat arrives', () => {
  it('a floating chat opened before it arrives: the launcher turns and the status region says it loads; nothing else is drawn', () => {
    const { draw, $, calls, remove } = drawn();
    expect($('.launcher')!.classList.contains('busy')).to.equal(false);
    draw({ open: true });
    expect($('.launcher')!.classList.contains('busy')).to.equal(true);
    expect($('.root')!.classList.contains('waiting'), 'the launcher stays on a phone').to.equal(true);
    expect($('[role="status"]')!.textContent).to.equal('Loading the chat…');
    expect($('.stand-in')).to.equal(null);
    expect($('.launcher')!.hasAttribute('aria-controls'), 'no panel yet to name').to.equal(false);
    const escape = () => $('.launcher')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    escape();
    expect(calls.toggle, 'Escape on the launcher closes it, the chat not yet here').to.equal(1);
    draw({ open: false });
    expect($('.launcher')!.classList.contains('busy'), 'closed again: no longer waited for').to.equal(false);
    escape();
    expect(calls.toggle, 'nothing to close').to.equal(1);
    expect($('[role="status"]')!.textContent).to.equal('');
    remove();
  });

  it('could not be fetched: a notice above the launcher says so, and Retry asks again with focus on the launcher', () => {
    const { draw, $, calls, shadow, remove } = drawn();
    draw({ open: true, chunkFailed: true });
    const notice = $('.stand-in')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(en.chatLoadFailed);
    expect($('.launcher')!.classList.contains('busy')).to.equal(false);
    expect(getComputedStyle(notice).position, 'its styles came with it').to.equal('fixed');
    const retry = notice.querySelector('button')!;
    expect(retry.hidden).to.equal(false);
    retry.focus();
    retry.click();
    expect(calls.retry).to.equal(1);
    expect(shadow.activeElement).to.equal($('.launcher'));
    notice.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(calls.close, 'Escape closes it, as it would the panel').to.equal(1);
    draw({ open: true, chunkFailed: false });
    expect($('.stand-in'), 'fetched again: the launcher turns instead').to.equal(null);
    remove();
  });

  it('inline: a box of the chat’s height says it loads, then (if it could not be fetched) why, with Retry that keeps focus in it', () => {
    const { draw, $, shadow, remove } = drawn({}, { inline: true });
    const box = $('.stand-in')!;
    expect($('.launcher')).to.equal(null);
    expect(box.textContent).to.contain('Loading the chat…');
    expect(box.getAttribute('role')).to.equal(null);
    expect(box.querySelector('button')!.hidden).to.equal(true);
    expect(getComputedStyle(box).position).to.equal('relative');
    expect(box.getBoundingClientRect().height, 'the chat’s height, held').to.equal(560);
    draw({ chunkFailed: true });
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain(en.chatLoadFailed);
    box.querySelector('button')!.click();
    expect(shadow.activeElement, 'the box itself keeps focus while the chat is fetched again').to.equal(box);
    remove();
  });

  it('without a launcher (launcher="none"), a floating chat’s stand-in shows while it loads too: the page’s button has nothing else to show', () => {
    const { draw, $, remove } = drawn({ config: { ...config, launcher: 'none' } });
    draw({ open: true });
    expect($('.launcher')).to.equal(null);
    expect($('.stand-in')!.textContent).to.contain('Loading the chat…');
    remove();
  });

  it('once the chat is here, neither the stand-in nor the turning launcher stays', () => {
    const { draw, $, remove } = drawn();
    draw({ open: true, chunkFailed: true });
    const chat = { unread: 0, drawnClosed: false, announcement: '', render: () => 'the panel' };
    draw({ open: true, chat });
    expect($('.stand-in')).to.equal(null);
    expect($('.launcher')!.getAttribute('aria-controls'), 'the panel it controls').to.equal('panel');
    expect($('.launcher')!.classList.contains('busy')).to.equal(false);
    expect($('.root')!.classList.contains('waiting')).to.equal(false);
    remove();
  });
});
