// What the widget costs a host page, in headless Chromium over the DevTools protocol: each run
// is a fresh browser context (nothing cached), at 1× and at 4× CPU throttling (the usual stand-in
// for a mid-range phone), against an empty-page control and, with --compare, another build.
// Where that time goes: profile-bench.mjs; a long conversation and a long answer: scenario-bench.mjs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBrowser } from './bench-browser.mjs';

/**
 * The least a launcher can cost, as a second control beside the empty page: a custom element with
 * a shadow root, one constructed sheet and one button. No widget can cost a page less than this,
 * so it shows what of the widget's cost is the platform's (defining an element, a shadow tree, a
 * sheet, a first layout) and what is the widget's own.
 */
const FLOOR_SCRIPT = `const sheet = new CSSStyleSheet();
sheet.replaceSync('.launcher{position:fixed;bottom:20px;right:20px;width:60px;height:60px;border-radius:50%;border:0;background:#2563eb;color:#fff}');
customElements.define('miptech-chat', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.className = 'launcher';
    button.setAttribute('aria-label', 'Open chat');
    root.append(button);
  }
});
`;
const floorDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'miptech-floor-'));
  writeFileSync(join(dir, 'miptech-chat.js'), FLOOR_SCRIPT);
  return dir;
};
/** Pages measured before any open only: the controls. */
const CONTROLS = new Set(['empty', 'floor']);

export const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** In the page, before any script: long tasks (a buffered observer: nothing runs per frame). */
export function observeLongTasks() {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * In the page, before any script: the moment the launcher is drawn. It looks on every frame
 * until then (a forced layout each time), so it is put only in runs that report that moment, never
 * in those that measure what the page pays: there it would charge the page the benchmark's own work.
 */
export function watchLauncher() {
  window.__launcher = null;
  const look = () => {
    const launcher = document.querySelector('miptech-chat')?.shadowRoot?.querySelector('.launcher');
    if (launcher && launcher.getBoundingClientRect().width > 0) window.__launcher = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * In the page: click the launcher, and time until the composer is usable (the textarea visible
 * and enabled), with the moments on the way: the chat chunk's arrival (when the click fetched
 * it), the panel first drawn, the textarea first in the DOM. A MutationObserver sees each at once.
 */
export async function clickToComposer() {
  const el = document.querySelector('miptech-chat');
  const root = el.shadowRoot;
  const started = performance.now();
  const at = { panelMs: null, textareaMs: null, totalMs: null };
  const usable = (input) => input && !input.disabled && input.getBoundingClientRect().width > 0;
  const done = new Promise((resolve) => {
    const look = () => {
      const now = performance.now() - started;
      if (at.panelMs === null && root.querySelector('.panel')) at.panelMs = now;
      const input = root.querySelector('textarea');
      if (at.textareaMs === null && input) at.textareaMs = now;
      if (usable(input)) {
        at.totalMs = now;
        observer.disconnect();
        resolve();
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    // A composer that never becomes usable is reported (as –), not waited for forever.
    setTimeout(() => (observer.disconnect(), resolve()), 20_000);
  });
  root.querySelector('.launcher').click();
  await done;
  const chunk = performance.getEntriesByType('resource').find((e) => /miptech-chat\.chat-/.test(e.name) && e.startTime >= started);
  return { ...at, chunkMs: chunk ? chunk.responseEnd - started : null };
}

/**
 * Where the page is when the visitor clicks: cold (nothing fetched ahead: `prefetch="intent"`),
 * the pointer on the launcher first (again with nothing fetched ahead), or after the page was
 * idle for a while with the default `prefetch="idle"` (the chat fetched, not run, ahead).
 */
export const MOMENTS = ['cold', 'hover', 'idle'];
/**
 * The page's cost before any open is measured as every page view pays it: with the default, idle
 * prefetch, and nothing of the benchmark's in the page but the long-task observer. When the
 * launcher is drawn is measured in the cold runs (the controls' too, without a click).
 */
const BEFORE_OPEN = 'idle';
const LAUNCHER_AT = 'cold';
/** The runs that time the launcher (the empty page has none to time). */
const timesLauncher = (build, moment) => moment === LAUNCHER_AT && build !== 'empty';
/** The controls are measured before any open, and the least launcher also for its launcher's moment. */
const measured = (build, moment) => !CONTROLS.has(build) || moment === BEFORE_OPEN || timesLauncher(build, moment);

async function runOnce(browser, server, build, rate, moment) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    await page.evaluateOnNewDocument(observeLongTasks);
    const watched = timesLauncher(build, moment);
    if (watched) await page.evaluateOnNewDocument(watchLauncher);
    server.reset();
    await page.goto(`${server.url}/page/${build}${moment === 'idle' ? '' : '?prefetch=intent'}`, { waitUntil: 'load' });
    if (watched) await page.waitForFunction(() => window.__launcher !== null, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 1500)); // what runs after load counts too (an idle prefetch)
    const drawn = () => Boolean(document.querySelector('miptech-chat')?.shadowRoot?.querySelector('.launcher'));
    // A build that never drew its launcher would look cheap: it is an error, not a number.
    if (build !== 'empty' && !(await page.evaluate(drawn))) throw new Error(`${build}: no launcher 1.5 s after load`);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const long = await page.evaluate(() => window.__long);
    const result = {
      bytes: server.fetched(build).reduce((sum, f) => sum + f.gzip, 0),
      scriptMs: metrics.ScriptDuration * 1000,
      longTasks: long.length,
      tbtMs: long.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      launcherMs: watched ? await page.evaluate(() => window.__launcher) : null,
      heapMB: heap / 1024 / 1024,
      click: null,
    };
    if (!CONTROLS.has(build)) {
      if (moment === 'hover') {
        await page.evaluate(() => document.querySelector('miptech-chat').shadowRoot.querySelector('.launcher').dispatchEvent(new PointerEvent('pointerenter')));
        await new Promise((r) => setTimeout(r, 1500));
      }
      // Long enough for a page's idle time to come, and for what the loader fetches then to arrive.
      if (moment === 'idle') await new Promise((r) => setTimeout(r, 1500));
      result.click = await page.evaluate(clickToComposer);
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * `builds`: { name: dist folder }. Returns rows of medians per build and CPU rate: the page's
 * cost before any open (as every page view pays it: the idle runs, with the chat fetched ahead), and click → usable composer at each moment, with its steps.
 */
export async function measureCost({ chromium, builds, runs = 5, rates = [1, 4] }) {
  const rows = [];
  await withBrowser(chromium, { floor: floorDir(), ...builds }, async (browser, server) => {
    for (const rate of rates) {
      const names = ['empty', 'floor', ...Object.keys(builds)];
      const results = Object.fromEntries(names.map((build) => [build, Object.fromEntries(MOMENTS.map((moment) => [moment, []]))]));
      // Builds take turns, run by run: a machine that slows down or speeds up over the minutes
      // this takes then weighs on every build alike, not on whichever ran last.
      for (let i = 0; i < runs; i += 1) {
        for (const moment of MOMENTS) {
          for (const build of names) {
            if (!measured(build, moment)) continue;
            results[build][moment].push(await runOnce(browser, server, build, rate, moment));
          }
        }
      }
      for (const build of names) {
        const at = results[build];
        const m = (key, list = at[BEFORE_OPEN]) => median(list.map((r) => r[key]));
        const click = (moment, key) => (CONTROLS.has(build) ? null : median(at[moment].map((r) => r.click[key])));
        rows.push({
          build,
          rate,
          bytes: m('bytes'),
          scriptMs: m('scriptMs'),
          longTasks: m('longTasks'),
          tbtMs: m('tbtMs'),
          launcherMs: m('launcherMs', at[LAUNCHER_AT]),
          heapMB: m('heapMB'),
          click: Object.fromEntries(
            MOMENTS.map((moment) => [moment, { totalMs: click(moment, 'totalMs'), chunkMs: click(moment, 'chunkMs'), panelMs: click(moment, 'panelMs'), textareaMs: click(moment, 'textareaMs') }]),
          ),
        });
      }
    }
  });
  return rows;
}
