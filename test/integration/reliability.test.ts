import { expect } from '@open-wc/testing';
import type { MiptechChat } from '../../src/miptech-chat.js';
import { browserScheduler } from '../../src/ports/browser-ports.js';
import type { Scheduler } from '../../src/ports/ports.js';
import {
  dropSockets,
  floodPlatform,
  killPlatform,
  pageMetrics,
  platformStats,
  restartPlatform,
  setFaults,
  socketsAndConnections,
  startPlatform,
  stopPlatform,
  storageKey,
  widget,
  type Platform,
} from '../../testing/reference-platform.js';
import { jumpClocks, jumpInSteps, watchedPorts } from '../../testing/jump-clock.js';
import { sleep, until } from '../../testing/wait.js';
import { $, $$ } from '../../testing/mount.js';

let platform: Platform | null = null;
/** The widget's clock in a test: real time, which a check that nothing happens can skip ahead. */
const jumpClock = jumpClocks();
beforeEach(() => localStorage.clear());
afterEach(async () => {
  if (platform) await stopPlatform(platform);
  platform = null;
});

const userTexts = (el: MiptechChat) => $$(el, '.message.user .bubble').map((b) => b.textContent ?? '');
const answers = (el: MiptechChat) => $$(el, '.message.assistant:not(.greeting)');
const isOpen = (el: MiptechChat) => el.getAttribute('connection-state') === 'open';

async function historyOnPlatform(p: Platform) {
  const { chat_id, visitor_secret } = JSON.parse(localStorage.getItem(storageKey(p, 'identity')) ?? '{}');
  const res = await fetch(`${p.url}/api/v1/chat/${chat_id}/messages`, { headers: { 'X-Tenant-ID': 'miptech-company', 'X-Visitor-Secret': visitor_secret ?? '' } });
  return ((await res.json()).messages ?? []) as { role: string; content: string; client_message_id?: string }[];
}

describe('delivery and reconnection under faults (real platform)', () => {
  it('platform SIGKILLed mid-answer, restarted: the answer is completed or marked interrupted, nothing doubled', async function () {
    this.timeout(60_000);
    platform = await startPlatform({ streamDelayMs: 60 });
    const el = await widget(platform);
    el.show();
    el.send('What services does MIPTech offer?');
    await until(() => (answers(el)[0]?.textContent?.length ?? 0) > 30, 'answer streaming', 10_000);
    await killPlatform(platform);
    await until(() => !isOpen(el), 'connection lost', 5000);
    await restartPlatform(platform);
    await until(() => isOpen(el), 'reconnected', 40_000);
    // History since last_seq is fetched and reconciled: the answer ends one way or the other.
    const interrupted = () => $(el, '.meta.interrupted') !== null;
    const complete = () => answers(el)[0]?.querySelector('.sources') != null;
    await until(() => interrupted() || complete(), 'completed or marked interrupted', 10_000);
    expect(userTexts(el)).to.deep.equal(['What services does MIPTech offer?']);
    expect(answers(el)).to.have.length(1);
    if (interrupted()) {
      $<HTMLButtonElement>(el, '.meta.interrupted button')!.click();
      // The new answer takes the cut-off one's place; that one stays behind "‹ 1/2".
      await until(() => answers(el).length === 1 && answers(el)[0].querySelector('.sources') !== null, 'regenerated, in place of the cut-off one', 20_000);
      expect($(el, '.versions')?.getAttribute('aria-label')).to.equal('Answer 2 of 2');
    }
    const history = await historyOnPlatform(platform);
    expect(history.filter((m) => m.role === 'user')).to.have.length(1);
  });

  it('three messages written while the platform is down survive a reload and arrive once, in order', async function () {
    this.timeout(60_000);
    platform = await startPlatform();
    const first = await widget(platform);
    first.show();
    await until(() => isOpen(first), 'open', 5000);
    await killPlatform(platform);
    for (const text of ['one', 'two', 'three']) first.send(text);
    await until(() => $$(first, '.meta.queued').length === 3, 'all three waiting for the connection', 20_000);
    // The browser's real CacheStorage holds the mark that sends the next page to look in storage.
    expect(await caches.has(`miptech-chat:miptech-company@${platform.url}`), 'the browser marked').to.equal(true);
    first.remove(); // the visitor reloads the page
    await restartPlatform(platform);
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const second = await widget(platform, {}, watched.ports); // not even opened: pending messages go anyway
    let history: Awaited<ReturnType<typeof historyOnPlatform>> = [];
    for (let i = 0; i < 100 && history.filter((m) => m.role === 'user').length < 3; i += 1) {
      await sleep(200);
      history = await historyOnPlatform(platform);
    }
    expect(history.filter((m) => m.role === 'user').map((m) => m.content)).to.deep.equal(['one', 'two', 'three']);
    // Well past any resend's wait (and short of a heartbeat's): nothing is sent again.
    const fetches = watched.fetches();
    clock.jump(20_000);
    expect(watched.fetches(), 'requests after delivery').to.equal(fetches);
    history = await historyOnPlatform(platform);
    expect(history.filter((m) => m.role === 'user')).to.have.length(3);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(storageKey(platform!, 'outbox')))).to.deep.equal([]);
    second.show();
    await until(() => userTexts(second).length === 3, 'shown once each', 5000);
    expect(userTexts(second)).to.deep.equal(['one', 'two', 'three']);
  });

  it('a lost REST response after the platform stored the message: the retry shows one message', async function () {
    this.timeout(40_000);
    platform = await startPlatform({ faults: ['lose-send-response'] });
    const el = await widget(platform);
    el.show();
    el.send('hello');
    await until(() => answers(el).length === 1 && $$(el, '[aria-busy="true"]').length === 0, 'answered', 15_000);
    expect(userTexts(el)).to.deep.equal(['hello']);
    const history = await historyOnPlatform(platform);
    expect(history.filter((m) => m.role === 'user')).to.have.length(1);
    expect(history.filter((m) => m.role === 'assistant')).to.have.length(1);
  });

  it('ws-1011 flapping for 10 s: at most 6 attempts, then recovery once the fault is lifted', async function () {
    this.timeout(60_000);
    platform = await startPlatform({ faults: ['ws-1011'] });
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, {}, watched.ports);
    el.show();
    const refused = () => watched.sockets() > 0 && el.connectionState !== 'connecting';
    await until(refused, 'the first attempt refused', 5000);
    // Ten seconds of the widget's time, a second at a jump, each attempt left to meet its 1011.
    await jumpInSteps(clock, 10_000, 1000, refused);
    const { made, counted } = await socketsAndConnections(platform, watched.sockets, refused);
    expect(made).to.be.within(1, 6);
    expect(counted).to.equal(made);
    // Between attempts the panel names the fault; during one (a moment each few seconds) the status
    // line says it is connecting: wait for the former rather than sample whichever is on screen.
    const said = () => `${$(el, '.status')?.textContent ?? ''} ${$(el, '.banner')?.textContent ?? ''}`;
    await until(() => /server error/i.test(said()), 'the fault named', 8000);
    await setFaults(platform, []);
    clock.jump(15_000); // past the longest wait between attempts (10 s, with its jitter)
    await until(() => isOpen(el), 'recovered', 10_000);
  });

  it('1,000 malformed or hostile frames: no uncaught error, the UI still answers', async function () {
    this.timeout(30_000);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      platform = await startPlatform();
      const el = await widget(platform, { debug: '' });
      el.show();
      el.send('hello');
      await until(() => answers(el).length === 1 && $$(el, '[aria-busy="true"]').length === 0, 'first answer', 10_000);
      const { sent } = await floodPlatform(platform, 1000);
      expect(sent).to.equal(1000);
      await until(() => Number($(el, '.diagnostics dd:last-of-type')?.textContent) >= 500, 'frames dropped and counted', 20_000);
      expect((window as unknown as { polluted?: unknown }).polluted).to.equal(undefined);
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
      el.send('Is my data secure?');
      await until(() => answers(el).length === 2 && $$(el, '[aria-busy="true"]').length === 0, 'still answers', 10_000);
      expect(answers(el)[1].textContent).to.contain('encrypted');
      expect(el.shadowRoot!.textContent).not.to.contain('not yours');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('100 connection cycles: one socket at the end, no growth in listeners, timers or memory', async function () {
    this.timeout(120_000);
    platform = await startPlatform();
    let activeTimers = 0;
    const live = new Set<unknown>();
    const counting: Scheduler = {
      ...browserScheduler,
      setTimeout: (run, ms) => {
        const handle = browserScheduler.setTimeout(() => {
          live.delete(handle);
          run();
        }, ms);
        live.add(handle);
        activeTimers = live.size;
        return handle;
      },
      clearTimeout: (handle) => {
        live.delete(handle);
        browserScheduler.clearTimeout(handle);
      },
    };
    const el = document.createElement('miptech-chat') as MiptechChat;
    el.ports = { ...el.ports, scheduler: counting };
    const host = await widget(platform, {});
    host.remove();
    el.setAttribute('api-url', platform.url);
    document.body.append(el);
    el.show();
    await until(() => isOpen(el), 'open', 5000);
    const cycle = async () => {
      await dropSockets(platform!);
      await until(() => !isOpen(el), 'dropped', 5000);
      el.retry(); // what a visitor's "Retry now" does: no backoff wait
      await until(() => isOpen(el), 'reopened', 10_000);
    };
    for (let i = 0; i < 5; i += 1) await cycle(); // warm-up
    const before = await pageMetrics();
    const timersBefore = live.size;
    for (let i = 0; i < 100; i += 1) await cycle();
    await sleep(300);
    const after = await pageMetrics();
    const stats = await platformStats(platform);
    expect(stats.sockets).to.equal(1);
    expect(live.size).to.be.at.most(timersBefore + 1);
    expect(activeTimers).to.be.at.most(10);
    if (before.available && after.available) {
      expect(after.listeners - before.listeners, 'event listeners').to.be.at.most(5);
      expect(after.heapUsed - before.heapUsed, 'heap bytes').to.be.below(3 * 1024 * 1024);
    }
    el.remove();
  });

  it('offline and hidden: no attempts while suspended, an immediate reconnect after', async function () {
    this.timeout(40_000);
    platform = await startPlatform();
    const clock = jumpClock();
    const watched = watchedPorts(clock);
    const el = await widget(platform, {}, watched.ports);
    el.show();
    await until(() => isOpen(el), 'open', 5000);

    window.dispatchEvent(new Event('offline'));
    await dropSockets(platform);
    await until(() => el.getAttribute('connection-state') === 'suspended', 'suspended', 5000);
    const offlineCount = watched.sockets();
    clock.jump(60_000); // six times the longest wait between attempts
    expect(watched.sockets(), 'attempts while offline').to.equal(offlineCount);
    expect($(el, '.status')!.textContent).to.contain('Offline');
    const backAt = Date.now();
    window.dispatchEvent(new Event('online'));
    await until(() => isOpen(el), 'reconnected after online', 5000);
    expect(Date.now() - backAt).to.be.below(1500);

    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await dropSockets(platform);
      await until(() => el.getAttribute('connection-state') === 'suspended', 'suspended while hidden', 5000);
      const hiddenCount = watched.sockets();
      clock.jump(60_000);
      expect(watched.sockets(), 'attempts while hidden').to.equal(hiddenCount);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
    const shownAt = Date.now();
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => isOpen(el), 'reconnected when visible', 5000);
    expect(Date.now() - shownAt).to.be.below(1500);
  });

  it('keeps working over REST when WebSockets are blocked: the answer comes by polling', async function () {
    this.timeout(40_000);
    platform = await startPlatform();
    const el = await widget(platform, { 'ws-url': 'ws://127.0.0.1:9' }); // nothing listens there
    el.show();
    el.send('How can I contact you?');
    await until(() => answers(el).length === 1 && answers(el)[0].querySelector('.sources') !== null, 'answer by polling', 30_000);
    expect(answers(el)[0].textContent).to.contain('hello@miptechnologies.tech');
    expect(isOpen(el)).to.equal(false);
  });
});
