import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { browserPorts } from '../../src/ports/browser-ports.js';
import '../../src/index.js';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { MapStorage, returningVisitorStorage } from '../../testing/map-storage.js';
import { $, $$, chatLoaded, mount as mountElement } from '../../testing/mount.js';
import { settle } from '../../testing/settle.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
let api: ReturnType<typeof conversationRoutes>;
const hostileStyles: HTMLStyleElement[] = [];
afterEach(() => {
  rig?.server.stop();
  rig = null;
  for (const style of hostileStyles.splice(0)) style.remove();
});

/** The element against a mock platform holding a small conversation (nothing real is touched). */
async function mount(attributes: Record<string, string> = {}, options: { attach?: (el: MiptechChat) => Promise<unknown>; storage?: MapStorage; history?: number } = {}) {
  api = conversationRoutes();
  for (let i = 1; i <= (options.history ?? 0); i += 1) {
    api.store({ id: `h${i}`, chat_id: 'chat-1', seq: i, role: i % 2 ? 'user' : 'assistant', content: `Message number ${i}`, created_at: 't', ...(i % 2 ? { client_message_id: `c${i}` } : {}) });
  }
  rig = platformRig({ routes: api.routes, storage: options.storage });
  return mountElement({ 'api-url': rig.apiUrl, ...attributes }, { ports: rig.ports, attach: options.attach });
}

const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting)');
/** The platform side of the widget's socket. */
const peer = () => rig!.server.clients()[rig!.server.clients().length - 1];
const frame = (f: unknown) => peer().send(JSON.stringify(f));
const received: unknown[] = [];

/** Opens, sends `question`, waits until the platform has it; returns its client_message_id. */
async function askAndWait(el: MiptechChat, question: string) {
  el.show();
  await until(() => rig!.server.clients().length > 0 && el.connectionState === 'open', 'socket open', 5000);
  received.length = 0;
  peer().on('message', (data) => received.push(JSON.parse(String(data))));
  el.send(question);
  await until(() => api.messages.length > 0 && $(el, '.message.user .meta')?.textContent?.includes('Sending') === false, 'sent', 5000);
  return (api.messages[api.messages.length - 1] as { client_message_id: string }).client_message_id;
}

/**
 * Plays an answer from the platform side. With the panel open it waits for each chunk to be
 * drawn; `hidden: true` (panel closed) waits for the miptech-message event instead.
 */
async function streamAnswer(el: MiptechChat, replyTo: string, pieces: string[], options: { id?: string; complete?: boolean; hidden?: boolean; extra?: Record<string, unknown>; onStep?: (i: number) => Promise<void> | void } = {}) {
  const id = options.id ?? 'a1';
  frame({ type: 'response_start', data: { chat_id: 'chat-1', message_id: id, reply_to: replyTo } });
  let before = '';
  for (const [index, delta] of pieces.entries()) {
    frame({ type: 'response_chunk', data: { message_id: id, index, delta } });
    if (!options.hidden) {
      // Every chunk changes the drawn HTML (a fence draws a code block before any text).
      await until(() => (answers(el).at(-1)?.querySelector('.bubble')?.innerHTML ?? before) !== before, `chunk ${index} drawn`, 3000);
      before = answers(el).at(-1)!.querySelector('.bubble')!.innerHTML;
    }
    await options.onStep?.(index);
  }
  if (options.complete === false) return;
  const message = { id, chat_id: 'chat-1', seq: 2, role: 'assistant', content: pieces.join(''), created_at: 't', reply_to: replyTo, sources: [], ...options.extra };
  api.store(message);
  const done = oneEvent(el, 'miptech-message');
  frame({ type: 'response_complete', data: { message } });
  await done;
  if (!options.hidden) await until(() => answers(el).at(-1)?.getAttribute('aria-busy') === 'false', 'complete drawn', 3000);
}

describe('<miptech-chat> answers', () => {
  it('a streamed answer with an unfinished code fence renders sanely at every step', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'code please');
    const pieces = ['Here is the snippet:\n\n', '```js\n', 'const widget = ', "document.querySelector('miptech-chat');\n", 'widget.open();\n', '```\n\nDone.'];
    const log = $(el, '.messages')!;
    await streamAnswer(el, id, pieces, {
      onStep: (i) => {
        const bubble = answers(el).at(-1)!.querySelector('.bubble')!;
        expect(log.scrollWidth, `no horizontal overflow at step ${i}`).to.be.at.most(log.clientWidth + 1);
        if (i >= 1) {
          expect(bubble.querySelector('pre'), `code block at step ${i}`).to.exist;
          expect(bubble.textContent, `no raw fence at step ${i}`).not.to.contain('```');
        }
      },
    });
    const bubble = answers(el).at(-1)!.querySelector('.bubble')!;
    expect(bubble.querySelectorAll('pre')).to.have.length(1);
    expect(bubble.querySelector('pre')!.textContent).to.contain("document.querySelector('miptech-chat');");
    expect(bubble.textContent).to.contain('Done.');
  });

  it('long unbroken strings wrap inside the bubble', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'long');
    await streamAnswer(el, id, ['x'.repeat(600), ' https://example.com/' + 'a'.repeat(300)]);
    const log = $(el, '.messages')!;
    expect(log.scrollWidth).to.be.at.most(log.clientWidth + 1);
  });

  it('links and images in answers follow the rules', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'links');
    await streamAnswer(el, id, [`[ok](https://miptech.example) [bad](javascript:alert(1)) ![own](${rig!.apiUrl}/a.png) ![foreign](https://tracker.example/x.gif)`]);
    const bubble = answers(el).at(-1)!;
    const links = [...bubble.querySelectorAll('a')];
    expect(links[0].href).to.equal('https://miptech.example/');
    expect(links[0].rel).to.equal('noopener noreferrer nofollow');
    expect(links[0].target).to.equal('_blank');
    expect(links[1].hasAttribute('href')).to.equal(false);
    expect([...bubble.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([`${rig!.apiUrl}/a.png`]);
    expect(bubble.querySelector<HTMLAnchorElement>('a.image-link')!.href).to.equal('https://tracker.example/x.gif');
    // An image never tells its origin which page the visitor is on.
    expect(bubble.querySelector('img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('image-origins lists where images may load from: here another origin, and not the platform', async () => {
    const el = await mount({ 'image-origins': 'http://127.0.0.1:9' });
    const id = await askAndWait(el, 'images');
    await streamAnswer(el, id, [`![cdn](http://127.0.0.1:9/a.png) ![own](${rig!.apiUrl}/a.png)`]);
    const bubble = answers(el).at(-1)!;
    expect([...bubble.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['http://127.0.0.1:9/a.png']);
    expect(bubble.querySelector<HTMLAnchorElement>('a.image-link')!.href).to.equal(`${rig!.apiUrl}/a.png`);
  });

  it('code blocks have a copy button that copies the code', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'code');
    await streamAnswer(el, id, ['```\nnpm start\n```']);
    $(el, 'button.copy')!.click();
    await until(() => rig!.copied.length === 1, 'copied');
    expect(rig!.copied[0]).to.equal('npm start\n');
    await until(() => $(el, 'button.copy')!.textContent === 'Copied', 'copied label');
  });

  it('shows sources as numbered cards, and follow-up suggestions that send when clicked', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'services?');
    await streamAnswer(el, id, ['We build things.'], {
      extra: { sources: [{ title: 'Services', url: 'https://x.example/services', snippet: 'What we do' }], suggestions: ['How much does it cost?'] },
    });
    expect($(el, '.sources .n')!.textContent).to.equal('1');
    expect($(el, '.sources .t')!.textContent).to.equal('Services');
    const chip = $<HTMLButtonElement>(el, '.suggestions .chip')!;
    expect(chip.textContent).to.equal('How much does it cost?');
    const sending = oneEvent(el, 'miptech-message-send');
    chip.click();
    expect((await sending).detail.text).to.equal('How much does it cost?');
  });

  it('a source whose URL is refused shows as a card of text, not a link to "#"', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'sources?');
    await streamAnswer(el, id, ['See the sources.'], {
      extra: { sources: [{ title: 'Good', url: 'https://x.example/a' }, { title: 'Bad', url: 'javascript:alert(1)' }] },
    });
    const cards = $$(el, '.sources .card');
    expect(cards.map((c) => c.tagName)).to.deep.equal(['A', 'SPAN']);
    expect(cards[1].textContent).to.contain('Bad');
    expect($$(el, '.sources a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://x.example/a']);
  });

  it('stop generating sends a cancel frame for the streaming answer', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'long answer');
    await streamAnswer(el, id, ['Part one, '], { complete: false });
    await el.updateComplete;
    const stop = $<HTMLButtonElement>(el, '.send.stop')!;
    expect(stop.getAttribute('aria-label')).to.equal('Stop generating');
    stop.click();
    await until(() => received.some((f) => (f as { type?: string }).type === 'cancel'), 'cancel frame');
    expect(received.find((f) => (f as { type?: string }).type === 'cancel')).to.deep.equal({ type: 'cancel', data: { message_id: 'a1' } });
  });

  it('feedback: thumbs up is sent and emitted; thumbs down asks for an optional comment', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    await streamAnswer(el, id, ['An answer.']);
    const up = oneEvent(el, 'miptech-feedback');
    $<HTMLButtonElement>(el, 'button[aria-label="Helpful"]')!.click();
    expect((await up).detail).to.deep.equal({ messageId: 'a1', rating: 'up' });
    expect(api.feedback).to.deep.equal([{ messageId: 'a1', body: { rating: 'up' } }]);
    await until(() => $(el, 'button[aria-label="Helpful"]')!.getAttribute('aria-pressed') === 'true', 'thumbs up shown');
    $<HTMLButtonElement>(el, 'button[aria-label="Not helpful"]')!.click();
    await until(() => $(el, '.feedback-form') !== null, 'comment form');
    const form = $<HTMLFormElement>(el, '.feedback-form')!;
    form.querySelector('textarea')!.value = 'It missed the price';
    const down = oneEvent(el, 'miptech-feedback');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await down).detail).to.deep.equal({ messageId: 'a1', rating: 'down', comment: 'It missed the price' });
    expect(api.feedback[1]).to.deep.equal({ messageId: 'a1', body: { rating: 'down', comment: 'It missed the price' } });
  });

  it('regenerate asks the platform for a new answer to the same question', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    await streamAnswer(el, id, ['First try.']);
    $<HTMLButtonElement>(el, 'button[aria-label="Regenerate answer"]')!.click();
    await until(() => api.regenerated.length === 1, 'regenerate call');
    expect(api.regenerated).to.deep.equal(['a1']);
  });

  it('a streaming answer looks finished at every frame: no raw markers while they are open, and the cursor ends the last words', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    const bubble = () => answers(el).at(-1)!.querySelector('.bubble')!;
    const seen: string[] = [];
    const onStep = async () => {
      await el.updateComplete;
      seen.push(bubble().textContent!.trim());
      const last = bubble().querySelector(':scope > p:last-child')!;
      expect(getComputedStyle(last, '::after').content, 'the cursor at the end of the text').to.equal('"▍"');
      expect(getComputedStyle(bubble(), '::after').content, 'not on a line of its own').to.equal('none');
    };
    await streamAnswer(el, id, ['Here is **bol', 'd text** and `co', 'de` and _more'], { complete: false, onStep });
    expect(seen).to.deep.equal(['Here is bol', 'Here is bold text and co', 'Here is bold text and code and more']);
    expect(bubble().querySelector('strong')!.textContent).to.equal('bold text');
    expect(bubble().querySelector('code')!.textContent).to.equal('code');
  });

  it('a long answer, finished: its question and first lines are in view, not its end', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'Tell me everything');
    settle(el);
    const log = $(el, '.messages')!;
    await streamAnswer(el, id, Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of a long answer, long enough to wrap.\n\n`));
    await el.updateComplete;
    const view = log.getBoundingClientRect();
    const question = $$(el, '.message.user').at(-1)!.getBoundingClientRect();
    const first = answers(el).at(-1)!.querySelector('p')!.getBoundingClientRect();
    expect(question.top - view.top, 'the question at the top').to.be.within(0, 24);
    expect(first.bottom, 'the answer’s first paragraph in view').to.be.lessThan(view.bottom);
  });

  it('keeps the question at the top while a long answer grows below it, and follows the bottom once the visitor scrolls down', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'Tell me everything');
    settle(el); // the panel's opening scale would move what the test measures
    const log = $(el, '.messages')!;
    const question = () => $$(el, '.message.user').at(-1)!;
    /** The question's top, from the log's visible top (0: at the top; negative: scrolled off). */
    const questionFromTop = () => question().getBoundingClientRect().top - log.getBoundingClientRect().top;
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} of a long answer, long enough to wrap.\n\n`);
    const onStep = async (i: number) => {
      if (i !== 19) return;
      await el.updateComplete;
      expect(log.scrollHeight - log.scrollTop - log.clientHeight, 'the answer runs on below the view').to.be.greaterThan(100);
      expect(questionFromTop(), 'the question is at the top of the view').to.be.within(0, 24);
      // The visitor scrolls down to read on: from now on the log follows the bottom.
      log.scrollTop = log.scrollHeight;
      log.dispatchEvent(new Event('scroll'));
    };
    await streamAnswer(el, id, paragraphs, { complete: false, onStep });
    await el.updateComplete;
    expect(log.scrollHeight - log.scrollTop - log.clientHeight, 'at the bottom').to.be.lessThan(2);
  });

  it('is accessible while streaming', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    await streamAnswer(el, id, ['Streaming **now**, '], { complete: false });
    settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('<miptech-chat> with a long history', () => {
  /** A visitor who already has chat-1 on this device. */
  const returning = () => {
    return returningVisitorStorage({ session_id: 's1', visitor_id: 'v1', chat_id: 'chat-1' });
  };

  it('draws the latest 60 messages, and older ones on request, keeping the reader’s place', async () => {
    const el = await mount({}, { storage: returning(), history: 500 });
    el.show();
    await chatLoaded(el);
    settle(el); // the panel's opening scale would move what the test measures
    await until(() => $$(el, '.message.user, .message.assistant:not(.greeting)').length > 0, 'history drawn');
    const drawn = () => $$(el, '[data-key]').length;
    expect(drawn()).to.equal(60);
    expect($(el, '[data-key]:last-of-type .bubble')!.textContent).to.contain('Message number 500');
    const log = $(el, '.messages')!;
    expect(log.scrollHeight - log.scrollTop - log.clientHeight, 'at the bottom').to.be.lessThan(2);
    const earlier = $<HTMLButtonElement>(el, 'button.earlier')!;
    expect(earlier.textContent).to.contain('440');
    const reading = $(el, '[data-key="h442"]')!;
    const before = reading.getBoundingClientRect().top;
    earlier.click();
    await el.updateComplete;
    expect(drawn()).to.equal(120);
    expect(Math.abs($(el, '[data-key="h442"]')!.getBoundingClientRect().top - before), 'the same message stays in view').to.be.lessThan(2);
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(drawn(), 'scrolling to the top draws more').to.equal(180);
  });
});

describe('<miptech-chat> around the conversation', () => {
  it('shows the greeting and starter prompts on an empty conversation; a prompt sends itself', async () => {
    const el = await mount({ greeting: 'Welcome to **Acme**!', 'starter-prompts': 'What do you offer?|Prices?' });
    el.show();
    await chatLoaded(el);
    expect($(el, '.greeting strong')!.textContent).to.equal('Acme');
    const chips = $$<HTMLButtonElement>(el, '.suggestions .chip');
    expect(chips.map((c) => c.textContent)).to.deep.equal(['What do you offer?', 'Prices?']);
    const sending = oneEvent(el, 'miptech-message-send');
    chips[1].click();
    expect((await sending).detail.text).to.equal('Prices?');
    await until(() => $(el, '.suggestions') === null, 'starter prompts gone once the conversation starts');
  });

  it('an empty conversation’s greeting and starter prompts sit just above the composer, not under a gap', async () => {
    const el = await mount({ 'starter-prompts': 'What do you offer?|Prices?' });
    el.show();
    await chatLoaded(el);
    settle(el);
    await el.updateComplete;
    const prompts = $(el, '.suggestions')!.getBoundingClientRect();
    const composer = $(el, '.composer')!.getBoundingClientRect();
    const log = $(el, '.messages')!.getBoundingClientRect();
    expect(composer.top - prompts.bottom, 'the prompts by the composer').to.be.below(40);
    expect($(el, '.greeting')!.getBoundingClientRect().top - log.top, 'the space is above the greeting').to.be.above(100);
  });

  it('counts unread answers on the launcher while closed, and clears them on open', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    el.hide();
    await el.updateComplete;
    await streamAnswer(el, id, ['Answer one.'], { hidden: true });
    await until(() => $(el, '.badge')?.textContent === '1', 'badge 1');
    expect($(el, '.launcher')!.getAttribute('aria-label')).to.contain('1 unread');
    await streamAnswer(el, id, ['Answer two.'], { id: 'a2', hidden: true, extra: { seq: 3 } });
    await until(() => $(el, '.badge')?.textContent === '2', 'badge 2');
    el.show();
    await until(() => $(el, '.badge') === null, 'badge cleared');
  });

  it('announces in a live region that an answer started, then its words, not token by token', async () => {
    const el = await mount();
    const id = await askAndWait(el, 'q');
    const region = $(el, '[role="status"][aria-live="polite"]')!;
    await streamAnswer(el, id, ['Half '], { complete: false });
    expect(region.textContent!.trim(), 'no token is read').to.equal('MIPTech AI Assistant is answering…');
    frame({ type: 'response_chunk', data: { message_id: 'a1', index: 1, delta: 'done.' } });
    const message = { id: 'a1', chat_id: 'chat-1', seq: 2, role: 'assistant', content: 'Half done.', created_at: 't' };
    frame({ type: 'response_complete', data: { message } });
    await until(() => region.textContent!.includes('Half done.'), 'announcement');
    expect($(el, '.messages')!.getAttribute('aria-live')).to.equal('off');
  });

  it('theme="auto" follows the system setting live', async () => {
    const el = await mount({ theme: 'auto' });
    expect($(el, '.root')!.classList.contains('light')).to.equal(true);
    rig!.darkScheme.set(true);
    await el.updateComplete;
    expect($(el, '.root')!.classList.contains('dark')).to.equal(true);
    el.show();
    await chatLoaded(el);
    expect(getComputedStyle($(el, '.panel')!).backgroundColor).to.equal('rgb(17, 24, 39)');
    rig!.darkScheme.set(false);
    await el.updateComplete;
    expect(getComputedStyle($(el, '.panel')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('theme="auto" follows the real prefers-color-scheme media query', async function () {
    try {
      await emulateMedia({ colorScheme: 'light' });
    } catch {
      this.skip(); // this browser's driver cannot emulate media features
    }
    try {
      const el = await mount({ theme: 'auto' });
      el.ports = { ...el.ports, matchMedia: browserPorts().matchMedia };
      el.remove();
      document.body.append(el); // reconnect so the controller reads the real media query
      await el.updateComplete;
      expect($(el, '.root')!.classList.contains('light')).to.equal(true);
      await emulateMedia({ colorScheme: 'dark' });
      await until(() => $(el, '.root')!.classList.contains('dark'), 'dark after the media query changed');
      el.remove();
    } finally {
      await emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
    }
  });

  it('mode="inline": no launcher, the chat sits in the page flow and connects at once', async () => {
    const el = await mount({ mode: 'inline' });
    expect($(el, '.launcher')).to.equal(null);
    // Until the chat arrives, a box of its height holds its place (views/stand-in.ts).
    if (!$(el, '.panel')) expect(getComputedStyle($(el, '.stand-in')!).position).to.equal('relative');
    await chatLoaded(el);
    expect($(el, '.stand-in'), 'gone once the chat is here').to.equal(null);
    const panel = $(el, '.panel')!;
    expect(getComputedStyle(panel).position).to.equal('relative');
    expect(panel.getAttribute('role')).to.equal('region');
    await until(() => rig!.sockets.length === 1, 'socket');
  });

  it('a hostile host page cannot hide or break the widget', async () => {
    const style = document.createElement('style');
    style.textContent = `* { all: unset } html { font-size: 40px } div { display: none } miptech-chat { position: static; display: none } body { direction: rtl; line-height: 4; color: red }`;
    document.head.append(style);
    hostileStyles.push(style);
    const el = await mount({}, { attach: async (e) => document.body.append(e) });
    const launcher = $(el, '.launcher')!;
    const box = launcher.getBoundingClientRect();
    expect(box.width).to.equal(60);
    expect(box.right).to.be.closeTo(document.documentElement.clientWidth - 20, 2);
    expect(box.bottom).to.be.closeTo(document.documentElement.clientHeight - 20, 2);
    el.show();
    await chatLoaded(el);
    settle(el);
    const panel = $(el, '.panel')!.getBoundingClientRect();
    expect(panel.width).to.equal(380);
    const input = $(el, 'textarea')!;
    expect(getComputedStyle(input).fontSize).to.equal('14px');
    expect(getComputedStyle($(el, '.root')!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '.root')!).color).not.to.equal('rgb(255, 0, 0)');
    el.remove();
  });

  it('on a narrow screen the panel is full screen and the page behind does not scroll', async function () {
    try {
      await setViewport({ width: 375, height: 667 });
    } catch {
      this.skip(); // this browser's driver cannot resize the page
    }
    try {
      const el = await mount();
      el.show();
      await chatLoaded(el); // the page's scroll is locked by the chat, once it has loaded
      settle(el); // the opening scale
      const panel = $(el, '.panel')!.getBoundingClientRect();
      expect(panel.width).to.be.closeTo(document.documentElement.clientWidth, 1);
      expect(panel.left).to.equal(0);
      expect(panel.top).to.equal(0);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      expect(getComputedStyle($(el, '.launcher')!).display, 'launcher hidden behind the full-screen panel').to.equal('none');
      el.hide();
      await el.updateComplete;
      expect(document.documentElement.style.overflow).to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 }).catch(() => undefined);
    }
  });

  it('public API: toggle() fires open and close; ready resolves; send() can be vetoed; clear() empties', async () => {
    const el = await mount();
    await el.ready;
    const opened = oneEvent(el, 'miptech-open');
    el.toggle();
    await opened;
    const closed = oneEvent(el, 'miptech-close');
    el.toggle();
    await closed;
    el.addEventListener('miptech-message-send', (e) => e.preventDefault(), { once: true });
    expect(el.send('vetoed')).to.equal(false);
    const id = await askAndWait(el, 'kept');
    expect(api.messages.map((m) => m.content)).to.deep.equal(['kept']);
    await streamAnswer(el, id, ['ok']);
    el.clear();
    await until(() => $$(el, '.message.user').length === 0, 'conversation cleared');
  });
});
