// Input built to wedge the widget: a megabyte pasted into the composer. (Hostile answers are
// held to their limits in test/unit/markdown.test.ts.)
import { expect } from '@open-wc/testing';
import { MAX_COMPOSER_CHARS, pasteRoom } from '../../src/state/message-limit.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, chatLoaded, mount } from '../../testing/mount.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

/** A paste as the field receives it (Firefox ignores the data of a constructed ClipboardEvent, so the data is set on the event). */
function paste(field: HTMLTextAreaElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  field.dispatchEvent(event);
  return event;
}

describe('pasting into the composer', () => {
  it('the room for a paste never splits a surrogate pair', () => {
    expect(pasteRoom(0, 'abc')).to.equal(3);
    expect(pasteRoom(MAX_COMPOSER_CHARS - 2, 'abcd')).to.equal(2);
    expect(pasteRoom(MAX_COMPOSER_CHARS - 2, 'a😀b')).to.equal(1); // the emoji would be cut in half
    expect(pasteRoom(MAX_COMPOSER_CHARS + 5, 'abc')).to.equal(0);
  });

  it('a megabyte paste is cut to what the composer holds, said at once, and what was typed stays', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.open();
    await chatLoaded(el);
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    field.value = 'Please read this: ';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.setSelectionRange(field.value.length, field.value.length);
    const megabyte = 'lorem ipsum dolor sit amet '.repeat(40_000);
    const event = paste(field, megabyte);
    expect(event.defaultPrevented, 'the browser does not insert the megabyte itself').to.equal(true);
    await el.updateComplete;
    expect(field.value.length).to.equal(MAX_COMPOSER_CHARS);
    expect(field.value.startsWith(`Please read this: ${megabyte.slice(0, 100)}`)).to.equal(true);
    expect($(el, '.hint.over')!.textContent).to.contain(`That paste was ${megabyte.length} characters, so the first ${MAX_COMPOSER_CHARS} went in`);
    expect($<HTMLButtonElement>(el, 'button.send')!.disabled).to.equal(true);
    expect(field.maxLength, 'typing and drops stop there too').to.equal(MAX_COMPOSER_CHARS);

    // Shortened to a message: the notice goes.
    field.value = 'Please read this: lorem ipsum';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '.hint.over')).to.equal(null);
    expect($<HTMLButtonElement>(el, 'button.send')!.disabled).to.equal(false);
  });

  it('a paste that fits goes in as the browser does it', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.open();
    await chatLoaded(el);
    expect(paste($<HTMLTextAreaElement>(el, 'textarea')!, 'x'.repeat(5000)).defaultPrevented).to.equal(false);
  });
});
