// Input built to wedge the widget: answers a prompt-injected or broken platform sends (whole
// or streamed, through the element; the renderer's own limits are in test/unit/markdown.test.ts),
// and a megabyte pasted into the composer. Each is held to a limit, and the cut is said.
import { expect, oneEvent } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { MAX_COMPOSER_CHARS, pasteRoom } from '../../src/state/composer-limit.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { $, $$, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

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

describe('sending in a loop', () => {
  it('4,000 rapid send() calls: a burst goes, the rest are refused at once, and the composer says why', async () => {
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    const results = Array.from({ length: 4000 }, (_, i) => el.send(`spam ${i}`));
    expect(results.filter(Boolean)).to.have.length(5);
    await el.updateComplete;
    expect($(el, '.hint.over')!.textContent).to.contain('wait a moment');
    await until(() => api.messages.length === 5, 'the burst delivered');
  });

  it('before the chat has arrived, the same burst waits for it, and no more', async () => {
    rig = platformRig({ routes: conversationRoutes().routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    expect(Array.from({ length: 10 }, (_, i) => el.send(`early ${i}`)).filter(Boolean)).to.have.length(5);
  });
});

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
    el.show();
    await chatLoaded(el, 15_000);
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
    expect($(el, '.hint.over')!.textContent).to.contain(`Pasted ${megabyte.length.toLocaleString('en')} characters: the first ${MAX_COMPOSER_CHARS.toLocaleString('en')} went in`);
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
    el.show();
    await chatLoaded(el, 15_000);
    expect(paste($<HTMLTextAreaElement>(el, 'textarea')!, 'x'.repeat(5000)).defaultPrevented).to.equal(false);
  });
});

const paragraph = (chars: number) => 'word '.repeat(Math.ceil(chars / 5)).slice(0, chars);
const DEEP = 10_000;
const row = (i: number, cells: number) => `|${Array.from({ length: cells }, (_, c) => ` r${i}c${c} `).join('|')}|`;
/** The answers of the security review, and the words each must show where it was cut. */
const HOSTILE: [string, string, string][] = [
  ['a 10,000-deep nested list', `${'- '.repeat(DEEP)}deep`, 'Shown as plain text'],
  ['a 1,000-deep indented list', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'), 'Shown as plain text'],
  ['a 10,000-deep nested quote', `${'>'.repeat(DEEP)} deep`, 'Shown as plain text'],
  ['10,000-deep nested emphasis', `${'*'.repeat(DEEP)}deep${'*'.repeat(DEEP)}`, 'Shown as plain text'],
  ['a table of 1,000 × 100 cells', [row(-1, 100), `|${' --- |'.repeat(100)}`, ...Array.from({ length: 1000 }, (_, i) => row(i, 100))].join('\n'), 'too long to format in full'],
  ['a 1 MB answer in one block', paragraph(1_000_000), 'too long to format in full'],
  ['a 1 MB answer in 10,000 blocks', Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} ${paragraph(90)}`).join('\n\n'), 'too long to format in full'],
];

describe('hostile answers, through the element', () => {
  async function conversation() {
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => rig!.server.clients().length > 0 && el.connectionState === 'open', 'socket open');
    el.send('Tell me everything');
    await until(() => api.messages.length > 0, 'the question stored');
    const peer = rig.server.clients()[0];
    const frame = (f: unknown) => peer.send(JSON.stringify(f));
    const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
    return { el, api, frame, replyTo };
  }
  const answerText = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting) .bubble').at(-1)?.textContent ?? '';

  it("one poisoned answer ('>' × 2,000) never breaks the panel: later answers draw, open and close work", async () => {
    const { el, api, frame, replyTo } = await conversation();
    const answer = (id: string, seq: number, content: string) => {
      const message = { id, chat_id: 'chat-1', seq, role: 'assistant', content, created_at: 't', reply_to: replyTo, sources: [] };
      api.store(message);
      frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: id, reply_to: replyTo } });
      frame({ type: 'response_complete', data: { message } });
    };
    answer('a1', 2, '>'.repeat(2000));
    answer('a2', 3, 'A **normal** answer.');
    // Both answer the same question: the newer is drawn, the poisoned one behind "‹ 1/2", which draws too.
    await until(() => $$(el, '.message.assistant:not(.greeting)').length === 1 && answerText(el).includes('A normal answer.'), 'the next answer drawn');
    $<HTMLButtonElement>(el, '.versions button')!.click();
    await until(() => $(el, '.versions')?.getAttribute('aria-label') === 'Answer 1 of 2', 'the poisoned version drawn, contained');
    expect(() => (el.hide(), el.show())).not.to.throw();
    await el.updateComplete;
    expect($(el, '.panel')).to.exist;
  });

  for (const [name, content, cut] of HOSTILE) {
    for (const streamed of [false, true]) {
      it(`${name}, ${streamed ? 'streamed in 20 chunks' : 'whole'}: shown in part, with the cut said, and the page keeps going`, async function () {
        this.timeout(30_000);
        const { el, api, frame, replyTo } = await conversation();
        frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a1', reply_to: replyTo } });
        if (streamed) {
          const size = Math.ceil(content.length / 20);
          for (let i = 0; i < 20; i += 1) frame({ type: 'response_chunk', data: { message_id: 'a1', index: i, delta: content.slice(i * size, (i + 1) * size) } });
        }
        const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content, created_at: 't', reply_to: replyTo, sources: [] };
        api.store(message);
        const done = oneEvent(el, 'miptech-message');
        frame({ type: 'response_complete', data: { message } });
        await done;
        await until(() => answerText(el).includes(cut), `the cut said (${cut})`, 10_000);
        // Still responsive: the composer takes the next question.
        expect(el.send('Thanks')).to.equal(true);
      });
    }
  }
});
