import { expect } from '@open-wc/testing';
import { EVENTS } from '../../src/events.js';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { killPlatform, platformStats, restartPlatform, socketsAndConnections, startPlatform, stopPlatform, widget, storageKey, type Platform } from '../../testing/reference-platform.js';
import { jumpClocks, jumpInSteps, watchedPorts } from '../../testing/jump-clock.js';
import { until } from '../../testing/wait.js';
import { $, $$, chatLoaded } from '../../testing/mount.js';

let platform: Platform | null = null;
/** The widget's clock in a test: real time, which a check that nothing happens can skip ahead. */
const jumpClock = jumpClocks();
beforeEach(() => localStorage.clear());
afterEach(async () => {
  if (platform) await stopPlatform(platform);
  platform = null;
});

const assistantTexts = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting) .bubble').map((b) => b.textContent ?? '');
const userTexts = (el: MiptechChat) => $$(el, '.message.user .bubble').map((b) => b.textContent ?? '');

async function ask(el: MiptechChat, question: string) {
  el.show();
  await chatLoaded(el);
  const input = $<HTMLTextAreaElement>(el, 'textarea')!;
  input.value = question;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  $<HTMLButtonElement>(el, '.send')!.click();
}

describe('a conversation with the real reference platform', () => {
  it('asks a question and shows the answer streaming in, then complete with its sources', async function () {
    this.timeout(30_000);
    platform = await startPlatform({ streamDelayMs: 15 });
    const el = await widget(platform);
    const answered = new Promise<CustomEvent>((resolve) => el.addEventListener(EVENTS.message, (e) => resolve(e as CustomEvent), { once: true }));
    await ask(el, 'What services does MIPTech offer?');
    await until(() => $(el, '.message.user .meta')?.textContent?.includes('Sending') === false, 'message sent', 5000);
    expect(userTexts(el)).to.deep.equal(['What services does MIPTech offer?']);
    // While streaming: a partial answer with the cursor.
    await until(() => $(el, '.message.assistant .bubble.cursor') !== null, 'streaming bubble', 8000);
    const partial = $(el, '.message.assistant:not(.greeting) .bubble')!.textContent!.length;
    const event = await answered;
    // The event leaves with the state change; the panel draws it in the next frame.
    await until(() => $(el, '.message.assistant .bubble.cursor') === null, 'the answer drawn complete', 2000);
    const [answer] = assistantTexts(el);
    expect(answer.length).to.be.greaterThan(partial);
    expect(answer).to.contain('AI website assistants');
    const sources = $$<HTMLAnchorElement>(el, '.sources a');
    expect(sources.length).to.equal(1);
    expect(sources[0].textContent).to.contain('MIPTech Services — Overview');
    // The page opens at the cited words (the platform gives the passage, `quote`).
    expect(sources[0].href).to.match(new RegExp(`^${platform.url.replace(/\./g, '\\.')}/kb/services#overview:~:text=MIPTech`));
    expect(sources[0].target).to.equal('_blank');
    expect(sources[0].rel).to.contain('noopener');
    expect(event.detail.sources[0].url).to.equal(`${platform.url}/kb/services#overview`);
  });

  it('a reload restores the conversation from history, once, for the same visitor', async () => {
    platform = await startPlatform();
    const first = await widget(platform);
    await ask(first, 'How can I contact you?');
    await until(() => $$(first, '.sources a').length > 0, 'answer', 8000);
    const visitor = JSON.parse(localStorage.getItem(storageKey(platform!, 'identity'))!);
    first.remove();
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const second = await widget(platform, { open: '' }, watched.ports);
    await until(() => assistantTexts(second).length === 1, 'history', 5000);
    // Any second fetch is made within the widget's next 20 s (short of a heartbeat), and any
    // duplicate it or the socket brings is drawn once the requests are answered.
    clock.jump(20_000);
    await until(() => watched.inFlight() === 0, 'every request answered');
    await second.updateComplete;
    expect(userTexts(second)).to.deep.equal(['How can I contact you?']);
    expect(assistantTexts(second)).to.have.length(1);
    expect(JSON.parse(localStorage.getItem(storageKey(platform!, 'identity'))!)).to.deep.equal(visitor);
  });

  it('platform killed: the widget says it is reconnecting; restarted: it reconnects and the next message works', async function () {
    this.timeout(60_000);
    platform = await startPlatform();
    const el = await widget(platform);
    await ask(el, 'hello');
    await until(() => assistantTexts(el).length === 1 && $$(el, '.cursor').length === 0, 'first answer', 8000);
    await killPlatform(platform);
    await until(() => /Reconnecting|Connection lost/.test($(el, '.status')?.textContent ?? ''), 'reconnecting notice', 5000);
    expect(el.connectionState).to.match(/waiting|connecting/);
    await restartPlatform(platform);
    await until(() => el.connectionState === 'open', 'reconnected', 40_000);
    await ask(el, 'Is my data secure?');
    await until(() => assistantTexts(el).length === 2 && $$(el, '.cursor').length === 0, 'second answer', 8000);
    expect(assistantTexts(el)[1]).to.contain('encrypted');
    expect(userTexts(el)).to.deep.equal(['hello', 'Is my data secure?']);
  });

  it('ws-1011: shows a server error and does not reconnect in a tight loop', async () => {
    platform = await startPlatform({ faults: ['ws-1011'] });
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, {}, watched.ports);
    el.show();
    await until(() => /Server error/.test($(el, '.status')?.textContent ?? '') || $(el, '.banner') !== null, 'server error', 5000);
    // Four seconds of the widget's time, each attempt left to meet its 1011.
    await jumpInSteps(clock, 4000, 500, () => el.connectionState !== 'connecting');
    const { made, counted } = await socketsAndConnections(platform, watched.sockets, () => el.connectionState !== 'connecting');
    expect(made).to.be.within(1, 3);
    expect(counted).to.equal(made);
  });

  it('an unknown tenant: a clear message, and no reconnect', async () => {
    platform = await startPlatform();
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, { 'tenant-id': 'no-such-tenant' }, watched.ports);
    el.show();
    await until(() => $(el, '.banner') !== null, 'the banner', 5000);
    expect($(el, '.banner strong')!.textContent).to.equal('The chat is unavailable.');
    expect($(el, '.banner')!.textContent).to.contain('tenant ID is unknown');
    clock.jump(60_000); // six times the longest wait between attempts
    expect(watched.sockets(), 'sockets made').to.equal(1);
    expect((await platformStats(platform)).connections).to.equal(1);
  });
});

describe('the integration guide’s own console checks, against the platform', () => {
  it('health fetch with X-Tenant-ID answers {"status":"healthy","version":"0.1.0"} across origins', async () => {
    platform = await startPlatform();
    const res = await fetch(`${platform.url}/api/v1/health`, { headers: { 'X-Tenant-ID': 'miptech-company' } });
    expect(await res.json()).to.deep.equal({ status: 'healthy', version: '0.1.0' });
  });

  it('a raw WebSocket to the chat URL stays open, with no 1011', async () => {
    platform = await startPlatform();
    const ws = new WebSocket(`${platform.url.replace('http', 'ws')}/api/v1/ws/chat?tenant_id=miptech-company&session_id=test-123`);
    let closedWith: number | null = null;
    ws.onclose = (e) => (closedWith = e.code);
    await new Promise((resolve, reject) => {
      ws.onopen = resolve;
      ws.onerror = reject;
    });
    // A round trip, rather than a wait: the platform has taken the connection and answered on it.
    const answer = new Promise<{ type: string }>((resolve) => (ws.onmessage = (e) => resolve(JSON.parse(e.data))));
    ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: 'miptech-company', session_id: 'test-123' } }));
    expect((await answer).type).to.equal('auth_success');
    expect(closedWith).to.equal(null);
    expect(ws.readyState).to.equal(WebSocket.OPEN);
    ws.close();
  });
});
