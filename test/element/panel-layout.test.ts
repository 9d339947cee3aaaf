// How answers sit in the panel (issue 13, "for visitors"): answers take the panel's width while
// the visitor's messages stay bubbles, a table wider than the answer says it scrolls, citations
// lead to their sources, and every message says when it was written.
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { conversationRoutes, platformRig, type PlatformRig } from '../../testing/mock-platform.js';
import { askAndAnswer } from '../../testing/chat-harness.js';
import { $, $$, chatLoaded, mount } from '../../testing/mount.js';
import { until } from '../../testing/wait.js';

let rig: PlatformRig | null = null;
afterEach(() => {
  rig?.server.stop();
  rig = null;
});

const WIDE = `| ${Array.from({ length: 12 }, (_, i) => `column ${i}`).join(' | ')} |\n|${'---|'.repeat(12)}\n| ${Array.from({ length: 12 }, (_, i) => `value ${i}`).join(' | ')} |`;

let api = conversationRoutes();

async function answered(content: string, extra: Record<string, unknown> = {}) {
  api = conversationRoutes();
  rig = platformRig({ routes: api.routes });
  const el = await mount({ 'api-url': rig.apiUrl }, { ports: rig.ports });
  el.show();
  await chatLoaded(el, 15_000);
  await askAndAnswer(el, { api, rig }, 'Hi', content, extra);
  await until(() => $(el, '.message.assistant:not(.greeting) .bubble') !== null, 'the answer');
  await el.updateComplete;
  return el;
}

describe('answers in the panel', () => {
  it('an answer takes the panel’s width; the visitor’s message stays a bubble on its side', async function () {
    this.timeout(20_000);
    const el = await answered('A long answer that would wrap in a narrow bubble, and reads better across the panel’s full width.');
    // The log's content box: without its padding, and without a scrollbar, which Firefox draws
    // inside the box when the conversation overflows a short panel.
    const log = $(el, '.messages')!;
    const style = getComputedStyle(log);
    const room = log.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const answer = $(el, '.message.assistant:not(.greeting)')!.getBoundingClientRect();
    const mine = $(el, '.message.user')!.getBoundingClientRect();
    expect(answer.width / room, 'the answer spans the log').to.be.above(0.97);
    expect(mine.width / room, 'the visitor’s message is a bubble').to.be.below(0.9);
  });

  it('a table of three columns or more is a card per row in the corner panel: each value beside its column’s name, nothing to scroll', async function () {
    this.timeout(20_000);
    const el = await answered(`Here:\n\n${WIDE}`);
    await until(() => $(el, '.markdown .table') !== null, 'the table drawn');
    const box = $(el, '.markdown .table')!;
    expect(box.scrollWidth - box.clientWidth, 'nothing off screen').to.be.at.most(1);
    const rows = $$(el, '.markdown tbody tr');
    expect(rows.map((row) => getComputedStyle(row).display)).to.deep.equal(['block']);
    const cells = $$(el, '.markdown tbody td');
    expect(cells.map((cell) => cell.dataset.label)).to.deep.equal(Array.from({ length: 12 }, (_, i) => `column ${i}`));
    expect(getComputedStyle(cells[0], '::before').content).to.match(/column 0|attr\(data-label\)/);
    for (const cell of cells) {
      const value = cell.querySelector('span')!.getBoundingClientRect();
      const { top, left, height } = cell.getBoundingClientRect();
      expect(Math.abs(value.top - top - parseFloat(getComputedStyle(cell).paddingTop)), 'the value beside its name').to.be.below(2);
      expect(value.left - left, 'the value after its name').to.be.above(40);
      expect(height, 'a row of one line, not three').to.be.below(32);
    }
    const header = $(el, '.markdown thead')!.getBoundingClientRect();
    expect(header.width * header.height, 'the header row is kept for screen readers, out of sight').to.be.at.most(1);
  });

  it('a wide table of two columns scrolls sideways, with a fade and an arrow at the edge that has more; at the end they go, and a table that fits has none', async function () {
    this.timeout(20_000);
    const long = (n: number) => `${'supercalifragilistic'.repeat(2)}-${n}`;
    const el = await answered(`| Name | Value |\n|---|---|\n| ${long(1)} | ${long(2)} |\n\n| a | b |\n|---|---|\n| 1 | 2 |`);
    // A block the frame's parse budget left as text is parsed a frame later (on a busy machine).
    await until(() => $$(el, '.markdown .table').length === 2, 'both tables drawn');
    const [wide, narrow] = $$(el, '.markdown .table');
    expect(wide.scrollWidth).to.be.greaterThan(wide.clientWidth);
    await until(() => wide.hasAttribute('data-more'), 'the cue at the edge');
    const cue = getComputedStyle(wide, '::after');
    expect([cue.opacity, cue.content, cue.backgroundImage.startsWith('linear-gradient')]).to.deep.equal(['1', '"→" / ""', true]);
    wide.scrollLeft = wide.scrollWidth;
    await until(() => !wide.hasAttribute('data-more'), 'no cue at the end');
    expect(getComputedStyle(wide, '::after').opacity).to.equal('0');
    await until(() => narrow.hasAttribute('data-cue'), 'the small table measured');
    expect(narrow.hasAttribute('data-more'), 'a table that fits').to.equal(false);
  });

  it('[n] markers are small linked superscripts that move focus to the numbered source card; the page’s own site opens in the same tab, at the cited words', async function () {
    this.timeout(20_000);
    const sources = [
      { title: 'Our services', url: `${location.origin}/services#overview`, quote: 'We build AI assistants, for small teams.' },
      { title: 'Elsewhere', url: 'https://elsewhere.example/doc' },
    ];
    const el = await answered('We build assistants [1] and apps [2].\n\n[1] [2]', { sources });
    // A block the frame's parse budget left as text is parsed a frame later (on a busy machine).
    const markers = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.markdown sup.cite a')];
    await until(() => markers().length === 4, 'every marker drawn');
    const cites = markers();
    expect(cites.map((a) => a.textContent)).to.deep.equal(['1', '2', '1', '2']);
    expect(cites[1].getAttribute('aria-label')).to.equal('Source 2');
    expect(el.shadowRoot!.textContent).to.not.contain('[1]');
    cites[1].click();
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.sources a.card')];
    expect(el.shadowRoot!.activeElement === cards[1]).to.equal(true);
    expect(location.hash).to.equal('');
    expect(cards[0].hasAttribute('target')).to.equal(false);
    expect(cards[0].href).to.equal(`${location.origin}/services#overview:~:text=We%20build%20AI%20assistants%2C%20for%20small%20teams.`);
    expect(cards[1].target).to.equal('_blank');
    expect(cards[1].rel).to.contain('noopener');
    expect(cards[1].href).to.equal('https://elsewhere.example/doc');
  });

  it('each message has its time, read by screen readers; the latest shows it always (touch screens have no hover), the others on hover or focus; a line with the day opens each day, above the greeting', async function () {
    this.timeout(20_000);
    const yesterday = new Date(Date.now() - 86_400_000);
    yesterday.setHours(9, 5, 0, 0);
    const el = await answered('An answer from yesterday.', { created_at: yesterday.toISOString() });
    const times = [...el.shadowRoot!.querySelectorAll<HTMLTimeElement>('.message > time.time')];
    expect(times).to.have.length(2);
    const answerTime = $<HTMLTimeElement>(el, '.message.assistant:not(.greeting) > time.time')!;
    expect(answerTime.dateTime).to.equal(yesterday.toISOString());
    expect(answerTime.textContent).to.equal(yesterday.toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }));
    expect(getComputedStyle(answerTime).opacity, 'the latest message’s time, without hover').to.equal('1');
    const questionTime = $<HTMLTimeElement>(el, '.message.user > time.time')!;
    // The rule is what is tested, not its fade (the question's time was shown while it was the
    // latest): a page the browser runs in the background (three browsers at once) gets no frames.
    questionTime.style.transition = 'none';
    expect(getComputedStyle(questionTime).opacity, 'an earlier message’s time waits for hover or focus').to.equal('0');
    const box = questionTime.closest('.message')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => getComputedStyle(questionTime).opacity === '1', 'the time shown under the pointer');
    await resetMouse();
    expect([...el.shadowRoot!.querySelectorAll('.day')].map((d) => d.textContent)).to.deep.equal(['Today', 'Yesterday']);
    const log = [...$(el, '.messages')!.children];
    expect(log.indexOf($(el, '.day')!), 'the first day line opens the conversation, above the greeting').to.be.below(log.indexOf($(el, '.greeting')!));
  });

  it('the debug view sits above the conversation without covering it, titled with the widget’s own icons', async function () {
    this.timeout(20_000);
    const api = conversationRoutes();
    rig = platformRig({ routes: api.routes });
    const el = await mount({ 'api-url': rig.apiUrl, debug: true }, { ports: rig.ports });
    el.show();
    await chatLoaded(el, 15_000);
    await until(() => $(el, '.diagnostics dl') !== null, 'the debug view');
    await el.updateComplete;
    const debug = $(el, '.diagnostics')!.getBoundingClientRect();
    const log = $(el, '.messages')!.getBoundingClientRect();
    const composer = $(el, '.composer')!.getBoundingClientRect();
    expect(debug.bottom).to.be.at.most(log.top + 0.5);
    expect(log.bottom).to.be.at.most(composer.top + 0.5);
    expect(log.height).to.be.above(80);
    expect($(el, '.diagnostics h3 svg')).to.not.equal(null);
    expect($(el, '.diagnostics button svg')).to.not.equal(null);
    expect($(el, '.diagnostics')!.textContent).to.not.match(/\p{Extended_Pictographic}/u);
    // These test ports share no connection between tabs (ports.tabs is null): the view says so.
    await until(() => $(el, '.diagnostics .sharing')?.textContent === 'a connection of its own (this browser cannot share one between tabs)', 'the connection’s sharing');
  });

  it('Stop stays in one place while an answer streams in; a regenerated answer takes the old one’s place, which stays reachable (‹ 1/2 ›)', async function () {
    this.timeout(20_000);
    const el = await answered('The first answer.');
    const replyTo = (api.messages[0] as { client_message_id: string }).client_message_id;
    const regenerate = () => $<HTMLButtonElement>(el, '.message.assistant:not(.greeting) button[aria-label="Regenerate answer"]');
    await until(() => regenerate() !== null, 'Regenerate on the answer');
    regenerate()!.click();
    await until(() => api.regenerated.length === 1, 'regenerate asked');
    const socket = rig!.server.clients()[0];
    socket.send(JSON.stringify({ type: 'response_start', data: { chat_id: 'chat-1', message_id: 'a2', reply_to: replyTo } }));
    socket.send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'a2', index: 0, delta: 'The second ' } }));
    await until(() => $(el, '.send.stop') !== null, 'Stop');
    // Where Stop sits in the panel (the test page's own viewport may shift a pixel or two while it runs).
    const inPanel = () => {
      const [stop, panel] = [$(el, '.send.stop')!.getBoundingClientRect(), $(el, '.panel')!.getBoundingClientRect()];
      return { x: panel.right - stop.right, y: panel.bottom - stop.bottom };
    };
    const stopAt = inPanel();
    const answers = () => [...el.shadowRoot!.querySelectorAll('.message.assistant:not(.greeting) .bubble')].map((b) => b.textContent!.trim());
    expect(answers()).to.deep.equal(['The second']);
    for (let i = 1; i < 40; i += 1) socket.send(JSON.stringify({ type: 'response_chunk', data: { message_id: 'a2', index: i, delta: 'and longer answer, line after line.\n\n' } }));
    await until(() => answers()[0].length > 500, 'a long streamed answer');
    await el.updateComplete;
    const stillAt = inPanel();
    // The same place, to the pixel (sub-pixel rounding aside), however long the answer grows.
    expect(Math.abs(stillAt.x - stopAt.x)).to.be.below(1);
    expect(Math.abs(stillAt.y - stopAt.y)).to.be.below(1);
    const message = { id: 'a2', chat_id: 'chat-1', seq: 3, role: 'assistant', content: 'The second answer.', created_at: 't', reply_to: replyTo };
    api.store(message);
    socket.send(JSON.stringify({ type: 'response_complete', data: { message } }));
    await until(() => answers()[0] === 'The second answer.', 'the new answer complete');
    expect(answers()).to.have.length(1);
    const pager = $(el, '.versions')!;
    expect(pager.getAttribute('aria-label')).to.equal('Answer 2 of 2');
    expect(pager.textContent).to.contain('2/2');
    const [previous, next] = [...pager.querySelectorAll('button')];
    expect(next.disabled).to.equal(true);
    previous.click();
    await until(() => answers()[0] === 'The first answer.', 'the first version back');
    expect($(el, '.versions')!.getAttribute('aria-label')).to.equal('Answer 1 of 2');
    expect($<HTMLButtonElement>(el, '.versions button:last-of-type')!.disabled, 'Next leads back to 2/2').to.equal(false);
  });
});
