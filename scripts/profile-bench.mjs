// Where the widget's time goes, in headless Chromium: V8's sampling profiler over the DevTools
// protocol, over one page load that never opens the chat, and over one click on the launcher.
// Names are the built files' (minified): file:line:column, to read against the source maps.
import { withBrowser } from './bench-browser.mjs';
import { clickToComposer, watchLauncher } from './cost-bench.mjs';

/**
 * A profile's self time by script file and by function, ms, the `count` largest of each. Idle
 * time is left out: a window that waits for the page to go idle would be mostly that.
 */
function selfTimes(profile, count) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFile = new Map();
  const byFunction = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const { callFrame } = byId.get(profile.samples[i]);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (callFrame.functionName === '(idle)') continue;
    const file = callFrame.url ? callFrame.url.replace(/^.*\//, '') : `(${callFrame.functionName || 'browser'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const name = `${callFrame.functionName || '(anonymous)'} ${file}${callFrame.url ? `:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { byFile: top(byFile, 8), byFunction: top(byFunction, count) };
}

/**
 * A fresh context's page at `rate` CPU, given to `run` with its CDP session (bench-browser.mjs
 * closes the browser and server after). `watch`: the page notes when the launcher is drawn (cost-bench.mjs).
 */
async function onPage({ chromium, dist, rate, watch }, run) {
  return withBrowser(chromium, { widget: dist }, async (browser, server) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (watch) await page.evaluateOnNewDocument(watchLauncher);
    return run(page, cdp, server);
  });
}

/** Runs `work` under the sampling profiler (every 100 µs) and returns the profile. */
async function profiled(cdp, work) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  return { result, profile };
}

/**
 * Where a page that never opens the chat spends its time: one load at `rate`, profiled from the
 * navigation until 2.5 s after the load event (the idle prefetch included). The page first loads
 * the empty page of the same origin, so the profiler started there sees the widget's page run.
 * Nothing of the benchmark's own runs in the page (no watch for the launcher).
 */
export async function profileBeforeOpen({ chromium, dist, rate = 4, count = 15 }) {
  return onPage({ chromium, dist, rate }, async (page, cdp, server) => {
    await page.goto(`${server.url}/page/empty`, { waitUntil: 'load' });
    const { profile } = await profiled(cdp, async () => {
      await page.goto(`${server.url}/page/widget`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 2500));
    });
    return { rate, ...selfTimes(profile, count) };
  });
}

/**
 * Where click → usable composer goes: one run at `rate`, profiled, after a hover, or (`hover`
 * false) after the page was idle for 3 s with the chat fetched ahead.
 */
export async function profileClick({ chromium, dist, rate = 4, hover = true, count = 15 }) {
  return onPage({ chromium, dist, rate, watch: true }, async (page, cdp, server) => {
    await page.goto(`${server.url}/page/widget`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__launcher !== null, { timeout: 60_000 });
    if (hover) await page.evaluate(() => document.querySelector('miptech-chat').shadowRoot.querySelector('.launcher').dispatchEvent(new PointerEvent('pointerenter')));
    await new Promise((r) => setTimeout(r, hover ? 1500 : 3000));
    const { result: click, profile } = await profiled(cdp, () => page.evaluate(clickToComposer));
    return { rate, hover, click, ...selfTimes(profile, count) };
  });
}
