// The browser rig on today's browsers: a driver that lacks an optional emulation command costs
// only the tests that need it. (Debian's Firefox ESR 140.12 lacks BiDi's
// emulation.setScreenOrientationOverride, which puppeteer-core 25.16's setViewport sends; every
// Firefox test file failed at its page's setup.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProtocolError } from 'puppeteer-core';
import { missingEmulation, missingFor, tolerateMissingEmulation } from '../rig/optional-emulation.mjs';
import { recoveringWebKit } from '../rig/webkit-recovery.mjs';
import { nodeBrowsers, withBrowser } from './helpers.mjs';

const lacking = (command) => new ProtocolError(`Protocol error (${command}): unknown command Unknown command '${command}'.`);

/** A page as puppeteer's BiDi page looks to the rig: setViewport, and its frame's browsing context. */
function fakePage(error) {
  const sizes = [];
  return {
    sizes,
    setViewport: async () => {
      if (error) throw error;
    },
    mainFrame: () => ({ browsingContext: { setViewport: async (options) => sizes.push(options) } }),
  };
}

describe('the browser rig', () => {
  it('names the optional command a driver lacks, and no other error', () => {
    assert.equal(missingEmulation(lacking('emulation.setScreenOrientationOverride')), 'emulation.setScreenOrientationOverride');
    assert.equal(missingEmulation(lacking('browsingContext.setViewport')), null, 'the viewport itself is not optional');
    assert.equal(missingEmulation(new Error('Protocol error (emulation.setScreenOrientationOverride): invalid argument')), null);
  });

  it('a page whose driver lacks an optional command still gets its viewport, and says once which command is missing', async () => {
    const said = [];
    const page = tolerateMissingEmulation(fakePage(lacking('emulation.setScreenOrientationOverride')), 'fakefox', (text) => said.push(text));
    await page.setViewport({ width: 390, height: 844 });
    await page.setViewport({ width: 800, height: 600 });
    assert.deepEqual(page.sizes, [{ viewport: { width: 390, height: 844 }, devicePixelRatio: null }, { viewport: { width: 800, height: 600 }, devicePixelRatio: null }]);
    assert.equal(said.length, 1);
    assert.match(said[0], /fakefox: this driver lacks the optional command emulation\.setScreenOrientationOverride/);
    assert.deepEqual(missingFor('fakefox'), ['emulation.setScreenOrientationOverride'], 'what the missing-emulation command tells the tests');
  });

  it('any other driver error still fails the page', async () => {
    const page = tolerateMissingEmulation(fakePage(lacking('browsingContext.setViewport')), 'fakefox', () => undefined);
    await assert.rejects(page.setViewport({ width: 1, height: 1 }), /browsingContext\.setViewport/);
  });

  if (nodeBrowsers().includes('firefox')) {
    it('in Firefox, a driver without emulation.setScreenOrientationOverride (as ESR 140.12) still sizes the page', async () => {
      await withBrowser('firefox', async ({ browser }) => {
        const said = [];
        const page = tolerateMissingEmulation(await browser.newPage(), 'firefox (as ESR 140.12)', (text) => said.push(text));
        // The browsing context answers as Firefox ESR 140.12's does for the command it lacks.
        page.mainFrame().browsingContext.setScreenOrientationOverride = async () => {
          throw lacking('emulation.setScreenOrientationOverride');
        };
        await page.setViewport({ width: 390, height: 844 });
        assert.equal(said.length, 1);
        await page.goto('data:text/html,<title>sized</title>');
        assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight]), [390, 844]);
      });
    });
  }

  describe('WebKit, when a test page does not open', () => {
    /** A WebdriverLauncher as the rig sees it: each new driver session opens pages as `opens` says, in turn. */
    function fakeWebKit(opens) {
      const launcher = { driver: undefined, driverManager: undefined, sessions: 0, opened: [], stopped: [] };
      let address = 'about:blank';
      launcher.stopSession = async (id) => {
        if (opens.includes('stuck-on-leaving') && launcher.sessions === 1) await new Promise(() => {});
        if (launcher.leaveSlowly) await launcher.leaveSlowly;
        launcher.stopped.push(id);
        launcher.opened.push('about:blank');
        return { testCoverage: undefined };
      };
      launcher.ensureManagerInitialized = async () => {
        if (launcher.driver) return;
        const behaviour = opens[launcher.sessions++];
        launcher.driverManager = { urlMap: new Map() };
        launcher.driver = {
          navigateTo: (url) => {
            if (behaviour === 'hang') return new Promise(() => {});
            if (behaviour === 'fail') return Promise.reject(new Error('aborted'));
            launcher.opened.push(url);
            address = url;
            return behaviour === 'fail-after-opening' ? Promise.reject(new Error('unknown error')) : Promise.resolve();
          },
          getUrl: () => (behaviour === 'hang' ? new Promise(() => {}) : Promise.resolve(address)),
        };
      };
      const driver = { restarts: 0, restart: async () => void (driver.restarts += 1) };
      return { launcher, driver };
    }

    it('a page WebKit does not open in time: WebKitWebDriver is restarted and the page opened on a new session', async () => {
      const { launcher, driver } = fakeWebKit(['hang', 'open']);
      const said = [];
      recoveringWebKit(launcher, driver, (text) => said.push(text), 50);
      await launcher.startSession('s1', 'http://127.0.0.1/page');
      assert.equal(driver.restarts, 1);
      assert.deepEqual(launcher.opened, ['http://127.0.0.1/page']);
      assert.equal(launcher.driverManager.urlMap.get('s1'), 'http://127.0.0.1/page', 'the page is known to its session, for its end');
      assert.match(said.join(''), /no answer in 0\.05 s\. Restarting WebKitWebDriver/);
    });

    it('a page WebKit does not leave in time: its file passes as it did, and WebKitWebDriver is restarted for the next page', async () => {
      const { launcher, driver } = fakeWebKit(['open', 'stuck-on-leaving', 'open']);
      const said = [];
      recoveringWebKit(launcher, driver, (text) => said.push(text), 50, 50);
      await launcher.startSession('s1', 'http://127.0.0.1/a');
      assert.deepEqual(await launcher.stopSession('s1'), { testCoverage: undefined });
      assert.equal(driver.restarts, 1);
      assert.match(said.join(''), /closing a test page in WebKit: no answer in 0\.05 s\. Restarting WebKitWebDriver/);
      await launcher.startSession('s2', 'http://127.0.0.1/b');
      assert.deepEqual(await launcher.stopSession('s2'), { testCoverage: undefined });
      assert.deepEqual(launcher.stopped, ['s2']);
    });

    it('a page opens only once the last one has left the window (leaving navigates it to about:blank)', async () => {
      const { launcher, driver } = fakeWebKit(['open']);
      recoveringWebKit(launcher, driver, () => undefined, 50, 5_000);
      await launcher.startSession('s1', 'http://127.0.0.1/a');
      let left;
      launcher.leaveSlowly = new Promise((resolve) => (left = resolve));
      const ending = launcher.stopSession('s1');
      const starting = launcher.startSession('s2', 'http://127.0.0.1/b');
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(launcher.opened, ['http://127.0.0.1/a'], 'the next page waits');
      left();
      await Promise.all([ending, starting]);
      assert.deepEqual(launcher.opened, ['http://127.0.0.1/a', 'about:blank', 'http://127.0.0.1/b'], 'about:blank before the next page, never after');
    });

    it('a page WebKit opened but answered with an error: its tests go on, and it is not opened again (a reload would fail them)', async () => {
      const { launcher, driver } = fakeWebKit(['fail-after-opening', 'open']);
      const said = [];
      recoveringWebKit(launcher, driver, (text) => said.push(text), 50);
      await launcher.startSession('s1', 'http://127.0.0.1/page');
      assert.equal(driver.restarts, 0);
      assert.deepEqual(launcher.opened, ['http://127.0.0.1/page'], 'opened once');
      assert.match(said.join(''), /unknown error, but the page opened/);
    });

    it('a second failure fails that page alone, as an error the runner catches (it no longer ends the run)', async () => {
      const { launcher, driver } = fakeWebKit(['fail', 'fail', 'open']);
      recoveringWebKit(launcher, driver, () => undefined, 50);
      await assert.rejects(launcher.startSession('s1', 'http://127.0.0.1/a'), /aborted/);
      await launcher.startSession('s2', 'http://127.0.0.1/b');
      assert.deepEqual(launcher.opened, ['http://127.0.0.1/b'], 'the next page opens');
    });
  });
});

