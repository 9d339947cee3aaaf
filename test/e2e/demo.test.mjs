// The demo as a newcomer meets it: `npm start` (build, platform, demo site, each on its port),
// then its four pages in real browsers. The question the README suggests streams an answer
// with its source, and every page's chat loads: no "could not be loaded", and not one
// miptech-chat.* file refused. (The demo once served only /miptech-chat.js from dist/, so every
// chunk 404ed and every page said the chat could not be loaded; no test started it this way.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nodeBrowsers, npmStart, until, watchedPage, withBrowser } from './helpers.mjs';

const QUESTION = 'What services does MIPTech offer?';

/** What the page's widget shows: loaded (a composer), the consent notice, a load failure. */
const looks = (page, selector) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    return {
      composer: Boolean(root?.querySelector('textarea')),
      consent: Boolean(root?.querySelector('[part="consent"]')),
      loadFailed: /could not be loaded/i.test(root?.textContent ?? ''),
    };
  }, selector);

/** The assistant's answer to the question: its text, whether it is still being written, its sources. */
const answer = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('miptech-chat')?.shadowRoot;
    const found = [...(root?.querySelectorAll('.message.assistant:not(.greeting)') ?? [])].at(-1);
    if (!found) return null;
    const sources = [...found.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    return { length: found.querySelector('.bubble')?.textContent?.length ?? 0, text: found.textContent, sources, busy: root.querySelector('[aria-busy="true"]') !== null };
  });

const widgetFiles = (failures) => failures.filter((f) => /miptech-chat[^/]*\.js/.test(f));

describe('npm start, as a newcomer runs it', { timeout: 240_000 }, () => {
  let demo;
  before(async () => (demo = await npmStart()), { timeout: 150_000 });
  after(() => demo?.stop());

  it('prints the demo site, the signed-in demo, the diagnostics demo, the playground and the platform', () => {
    for (const line of ['Demo site:', 'Signed-in demo:', 'Diagnostics demo:', 'Playground:', 'Reference platform:']) assert.match(demo.output(), new RegExp(line));
  });

  it('a request the demo cannot decode gets 400, and the demo and its platform serve on', async () => {
    const { connect } = await import('node:net');
    const port = Number(new URL(demo.demo).port);
    for (const line of ['GET /%E0 HTTP/1.1', 'GET http://[ HTTP/1.1']) {
      const answer = await new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (data) => (received += data));
        socket.on('error', reject);
        socket.on('close', () => resolve(received));
        socket.end(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
      });
      assert.match(answer, /^HTTP\/1\.1 400/, line);
    }
    assert.equal((await fetch(`${demo.demo}/`)).status, 200);
    assert.equal((await fetch(`${demo.platform}/api/v1/health`)).status, 200);
  });

  for (const name of nodeBrowsers()) {
    describe(name, () => {
      it('the demo site: the README’s question streams an answer that cites its source', async () => {
        await withBrowser(name, async (browser) => {
          const { page, failures } = await watchedPage(browser);
          await page.goto(`${demo.demo}/`);
          await page.locator('miptech-chat >>> .launcher').click();
          await until(async () => (await looks(page, 'miptech-chat')).composer || (await looks(page, 'miptech-chat')).loadFailed, 'the chat to load');
          assert.equal((await looks(page, 'miptech-chat')).loadFailed, false, `the chat could not be loaded: ${failures.join(', ')}`);
          await page.locator('miptech-chat >>> textarea').fill(QUESTION);
          await page.keyboard.press('Enter');
          // Streamed: the answer is seen at several lengths while it is written, then whole.
          const lengths = new Set();
          const done = await until(async () => {
            const now = await answer(page);
            if (now?.busy) lengths.add(now.length);
            return now && !now.busy && now.sources.length > 0 ? now : null;
          }, 'the answer with its sources', 30_000);
          assert.ok(lengths.size >= 3, `seen while streaming at ${lengths.size} lengths`);
          assert.match(done.text, /AI website assistants/);
          assert.ok(done.sources.some((href) => href.startsWith(`${demo.platform}/kb/`)), done.sources.join(' '));
          assert.deepEqual(widgetFiles(failures), []);
        });
      });

      for (const [path, selector] of [['/playground.html', '#preview miptech-chat'], ['/debug.html', 'miptech-chat'], ['/account.html', 'miptech-chat']]) {
        it(`${path}: its chat loads`, async () => {
          await withBrowser(name, async (browser) => {
            const { page, failures } = await watchedPage(browser);
            await page.goto(`${demo.demo}${path}`);
            await page.waitForFunction((s) => customElements.get('miptech-chat') && document.querySelector(s), {}, selector);
            await page.evaluate((s) => document.querySelector(s).show(), selector);
            const shown = await until(async () => {
              const now = await looks(page, selector);
              return now.composer || now.consent || now.loadFailed ? now : null;
            }, 'the chat, or its consent notice');
            if (shown.consent) {
              // The signed-in demo asks first; once accepted, the chat itself must come.
              await page.locator(`${selector} >>> [part="consent"] button`).click();
              await until(async () => (await looks(page, selector)).composer || (await looks(page, selector)).loadFailed, 'the chat after consent');
            }
            assert.equal((await looks(page, selector)).loadFailed, false, `the chat could not be loaded: ${failures.join(', ')}`);
            assert.equal((await looks(page, selector)).composer, true);
            assert.deepEqual(widgetFiles(failures), []);
          });
        });
      }
    });
  }
});

// The same demo site and snippet on each of MIPTech's other protocol generations
// (docs/protocol.md, "Dialects"), as `npm start -- --dialect …` plays them: nothing on the page
// changes, and the README's question is answered with its source. (G3, `realtime-jwt`, needs the
// site's token, which the plain snippet does not give: test/integration/dialects.test.ts gives one.)
for (const args of [['--dialect', 'realtime'], ['--strict']]) {
  describe(`npm start -- ${args.join(' ')}`, { timeout: 120_000 }, () => {
    let demo;
    before(async () => (demo = await npmStart(['--no-build', ...args])), { timeout: 60_000 });
    after(() => demo?.stop());

    it('prints which generation the platform plays', () => {
      assert.match(demo.output(), new RegExp(`Reference platform: .*\\(${args[0] === '--strict' ? 'guide, strict' : args[1]};`));
    });

    const [name] = nodeBrowsers();
    it(`${name ?? 'no browser'}: the demo site's chat answers the README's question with its source`, { skip: !name && 'no browser' }, async () => {
      await withBrowser(name, async (browser) => {
        const { page, failures } = await watchedPage(browser);
        await page.goto(`${demo.demo}/`);
        await page.locator('miptech-chat >>> .launcher').click();
        await until(async () => (await looks(page, 'miptech-chat')).composer, 'the chat to load');
        await page.locator('miptech-chat >>> textarea').fill(QUESTION);
        await page.keyboard.press('Enter');
        const done = await until(async () => {
          const now = await answer(page);
          return now && !now.busy && now.sources.length > 0 ? now : null;
        }, 'the answer with its sources', 30_000);
        assert.match(done.text, /AI website assistants/);
        assert.deepEqual(widgetFiles(failures), []);
      });
    });
  });
}
