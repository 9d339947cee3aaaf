// What a page's language costs the first open over a real network, in headless Chromium: each
// request waits a round trip (emulated latency; loopback has none), so a file fetched only once
// the chat runs shows as one more round trip. Pages in English and in German, a click after the
// idle prefetch and a cold one, at 1× CPU (the network is the question, not the CPU).
import { withBrowser } from './bench-browser.mjs';
import { clickToComposer, median } from './cost-bench.mjs';

const LANGUAGES = ['en', 'de'];

/**
 * `builds`: { name: dist folder }. Returns, per build and language, the median click → usable
 * composer after the idle prefetch (`idle`) and with `prefetch="intent"` (`cold`), ms.
 */
export async function measureRoundTrips({ chromium, builds, runs = 5, latencyMs = 150 }) {
  const results = {};
  await withBrowser(chromium, builds, async (browser, server) => {
    // Builds and languages take turns, run by run, as in cost-bench.mjs.
    for (let i = 0; i < runs; i += 1) {
      for (const build of Object.keys(builds)) {
        for (const lang of LANGUAGES) {
          for (const moment of ['idle', 'cold']) {
            const context = await browser.createBrowserContext();
            try {
              const page = await context.newPage();
              const cdp = await page.createCDPSession();
              await cdp.send('Network.enable');
              await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
              await page.goto(`${server.url}/page/${build}?lang=${lang}${moment === 'cold' ? '&prefetch=intent' : ''}`, { waitUntil: 'load' });
              // Long enough for the page to go idle and what the loader fetches then to arrive.
              await new Promise((r) => setTimeout(r, 3000));
              const { totalMs } = await page.evaluate(clickToComposer);
              ((results[build] ??= {})[`${lang} ${moment}`] ??= []).push(totalMs);
            } finally {
              await context.close();
            }
          }
        }
      }
    }
  });
  return Object.entries(results).map(([build, at]) => ({ build, latencyMs, ...Object.fromEntries(Object.entries(at).map(([key, list]) => [key, median(list)])) }));
}
