// What the widget costs a host page, in headless Chromium over the DevTools protocol: each run
// is a fresh browser context (nothing cached), at 1× and at 4× CPU throttling (the usual stand-in
// for a mid-range phone), against an empty-page control and, with --compare, another build.
import puppeteer from 'puppeteer-core';
import { startBenchServer } from './bench-server.mjs';

const FLAGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

/** In the page, before any script: long tasks, and the moment the launcher is drawn. */
function observe() {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__launcher = null;
  const look = () => {
    const launcher = document.querySelector('miptech-chat')?.shadowRoot?.querySelector('.launcher');
    if (launcher && launcher.getBoundingClientRect().width > 0) window.__launcher = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** In the page: click the launcher, and time until the composer has focus (usable). */
async function clickToComposer() {
  const el = document.querySelector('miptech-chat');
  const started = performance.now();
  el.shadowRoot.querySelector('.launcher').click();
  await new Promise((resolve) => {
    const check = () => {
      const input = el.shadowRoot.querySelector('textarea');
      if (input && el.shadowRoot.activeElement === input) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - started;
}

async function runOnce(browser, server, build, rate, hover) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    await page.evaluateOnNewDocument(observe);
    server.reset();
    await page.goto(`${server.url}/page/${build}`, { waitUntil: 'load' });
    if (build !== 'empty') await page.waitForFunction(() => window.__launcher !== null, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 1500)); // what runs after load counts too
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const long = await page.evaluate(() => window.__long);
    const result = {
      bytes: server.fetched(build).reduce((sum, f) => sum + f.gzip, 0),
      scriptMs: metrics.ScriptDuration * 1000,
      longTasks: long.length,
      tbtMs: long.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      launcherMs: build === 'empty' ? null : await page.evaluate(() => window.__launcher),
      heapMB: heap / 1024 / 1024,
      clickMs: null,
    };
    if (build !== 'empty') {
      if (hover) {
        await page.evaluate(() => document.querySelector('miptech-chat').shadowRoot.querySelector('.launcher').dispatchEvent(new PointerEvent('pointerenter')));
        await new Promise((r) => setTimeout(r, 1500));
      }
      result.clickMs = await page.evaluate(clickToComposer);
    }
    return result;
  } finally {
    await context.close();
  }
}

/** `builds`: { name: dist folder }. Returns rows of medians per build, CPU rate, and hover. */
export async function measureCost({ chromium, builds, runs = 5, rates = [1, 4] }) {
  const server = await startBenchServer(builds);
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: FLAGS });
  const rows = [];
  try {
    for (const rate of rates) {
      for (const build of ['empty', ...Object.keys(builds)]) {
        const cold = [];
        const hovered = [];
        for (let i = 0; i < runs; i += 1) cold.push(await runOnce(browser, server, build, rate, false));
        if (build !== 'empty') for (let i = 0; i < runs; i += 1) hovered.push(await runOnce(browser, server, build, rate, true));
        const m = (key, list = cold) => median(list.map((r) => r[key]));
        rows.push({
          build,
          rate,
          bytes: m('bytes'),
          scriptMs: m('scriptMs'),
          longTasks: m('longTasks'),
          tbtMs: m('tbtMs'),
          launcherMs: m('launcherMs'),
          clickColdMs: m('clickMs'),
          clickHoverMs: build === 'empty' ? null : m('clickMs', hovered),
          heapMB: m('heapMB'),
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
