// The integration guide's own client, unmodified, in real browsers, against the reference
// platform: the guide is our contract, and its default tenant must serve the guide's client as
// it is. Its JavaScript is taken at test time from the guide (guide-source.mjs); its `uuid` and
// `axios` are the real packages, by an import map; `process.env` is the guide's development
// .env. The page is on another origin than the platform, as the guide's React app would be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startPlatform } from '../../demo/platform/server.mjs';
import { guideSources } from './guide-source.mjs';
import { nodeBrowsers, root, until, watchedPage, withBrowser } from './helpers.mjs';

const CHECKS = [
  'health, with its fallback',
  'the console fetch',
  'the console WebSocket: connected, and stays open',
  'connect, and stay open with no 1011',
  'ping',
  'createChat',
  'sendMessage',
  'the history holds the question and an answer',
];

const page = (env) => `<!doctype html><meta charset="utf-8"><title>The guide's client</title>
<script>window.process = { env: ${JSON.stringify(env)} }; window.guideConfig = ${JSON.stringify({ platform: env.REACT_APP_MIPTECH_API_URL, fallbackPlatform: env.fallback })};</script>
<script type="importmap">{ "imports": { "uuid": "/node_modules/uuid/dist/index.js", "axios": "/node_modules/axios/dist/esm/axios.js" } }</script>
<script type="module" src="/guide-checks.js"></script>`;

/** The page's origin: the page, the guide's files, the checks, and the two packages the guide imports. */
function pageServer(env) {
  const guide = guideSources();
  // The console tests write the guide's development address (localhost:8000) by hand, as its .env
  // does: here it is the test's platform. Nothing else in the guide's code changes.
  guide['console-tests.js'] = guide['console-tests.js'].replaceAll('http://localhost:8000', env.REACT_APP_MIPTECH_API_URL).replaceAll('ws://localhost:8000', env.REACT_APP_MIPTECH_WS_URL);
  return createServer((req, res) => {
    const path = new URL(req.url, 'http://page.local').pathname;
    const js = (body) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body);
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(env));
    if (path === '/guide-checks.js') return js(readFileSync(new URL('./guide-checks.js', import.meta.url)));
    if (path.startsWith('/guide/') && guide[path.slice(7)]) return js(guide[path.slice(7)]);
    const pkg = /^\/node_modules\/(uuid\/dist\/[\w-]+\.js|axios\/dist\/esm\/axios\.js)$/.exec(path);
    if (pkg) return js(readFileSync(join(root, 'node_modules', pkg[1])));
    return res.writeHead(404).end();
  });
}

describe('the integration guide’s own client against the reference platform', { timeout: 120_000 }, () => {
  let platform;
  let older;
  let server;
  let pageUrl;
  before(async () => {
    platform = await startPlatform({ port: 0, quiet: true });
    older = await startPlatform({ port: 0, quiet: true, faults: ['health-404'] });
    const env = {
      REACT_APP_MIPTECH_API_URL: platform.url,
      REACT_APP_MIPTECH_WS_URL: platform.url.replace('http', 'ws'),
      REACT_APP_MIPTECH_TENANT_ID: 'miptech-company',
      REACT_APP_DEBUG_API: 'true',
      REACT_APP_ENVIRONMENT: 'development',
      fallback: older.url,
    };
    server = pageServer(env);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${server.address().port}/`;
  });
  after(async () => {
    server?.close();
    await platform?.close();
    await older?.close();
  });

  for (const name of nodeBrowsers()) {
    it(`${name}: passes ${CHECKS.length} of ${CHECKS.length} checks`, async () => {
      await withBrowser(name, async (browser) => {
        const { page, errors } = await watchedPage(browser);
        await page.goto(pageUrl);
        await until(() => page.evaluate(() => window.guideDone === true), 'the guide’s checks', 60_000).catch((error) => {
          throw new Error(`${error.message}; page errors: ${errors.join(' | ')}`);
        });
        const results = await page.evaluate(() => window.guideResults);
        const failed = CHECKS.filter((check) => !results[check]?.ok).map((check) => `${check}: ${results[check]?.detail ?? 'did not run'}`);
        const passed = CHECKS.length - failed.length;
        assert.deepEqual(failed, [], `${passed} of ${CHECKS.length}`);
        assert.equal(results['the history holds the question and an answer'].detail.streamedToTheSocket, true, 'the answer streamed to the guide’s socket');
      });
    });
  }
});
