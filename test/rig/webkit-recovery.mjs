// WebKit's test pages, made to survive a MiniBrowser that stops answering.
//
// @web/test-runner-webdriver starts a test page without awaiting its navigation
// (SessionManager.queueStartSession calls scheduleCommand and drops the promise). When
// WebKitWebDriver does not answer that navigation (seen on CI: "This operation was aborted" after
// webdriver's 120 s request timeout; on a loaded 2-core machine: UND_ERR_HEADERS_TIMEOUT after 300 s),
// the rejection is unhandled and ends the whole test run, with no summary. Here the page start is
// awaited, held to a deadline, and on failure WebKitWebDriver (with its MiniBrowser) is restarted
// and the page opened once more; a second failure fails that test file alone, and the run goes on.

/** How long opening a test page may take before WebKit is taken to be stuck (a page opens in about a second). */
export const OPEN_PAGE_MS = 20_000;
/** How long ending one may take (reading its coverage, then leaving it for about:blank). */
export const CLOSE_PAGE_MS = 20_000;

/** `promise`, or a rejection naming `what` after `ms` (the promise is left to settle on its own). */
export function within(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * `launcher` (a WebdriverLauncher for WebKit) with a page start that is awaited and recovers.
 * `driver.restart()` kills WebKitWebDriver and what it started, and starts it again on its port.
 * `openPageMs` is for tests.
 */
const toStderr = (text) => process.stderr.write(text);

export function recoveringWebKit(launcher, driver, log = toStderr, openPageMs = OPEN_PAGE_MS, closePageMs = CLOSE_PAGE_MS) {
  const open = (id, url) =>
    within(
      (async () => {
        await launcher.ensureManagerInitialized();
        // What the library's own start records, so that the page's end and its commands find it.
        launcher.driverManager.urlMap?.set(id, url);
        await launcher.driver.navigateTo(url);
      })(),
      openPageMs,
      'opening a test page in WebKit',
    );
  // WebKitWebDriver drives one window, and ending a page navigates it to about:blank. The runner
  // starts the next page without waiting for the last one's end (seen on CI: an end that took
  // 18 s navigated the next file's page away while its tests ran, "the page navigated to another
  // origin"): a page opens only once the last one has left the window.
  let leaving = Promise.resolve();
  launcher.startSession = async (id, url) => {
    await leaving;
    try {
      await open(id, url);
    } catch (error) {
      // WebKitWebDriver can answer a navigation with an error after the page has opened (seen on CI:
      // "unknown error" on `url`). Opening it once more would reload a page whose tests are running,
      // and fail its file ("the page was reloaded"): a page that is where it should be stays.
      if (await isAt(launcher, url, openPageMs)) {
        log(`\nWebKit: ${error?.message ?? error}, but the page opened; its tests go on.\n`);
        return;
      }
      log(`\nWebKit: ${error?.message ?? error}. Restarting WebKitWebDriver and opening the page once more.\n`);
      forgetDriver(launcher);
      await driver.restart();
      await open(id, url);
    }
  };
  // Ending a page reads its coverage, then leaves it for about:blank. Its tests' results came
  // over the runner's own channel already: a MiniBrowser stuck on leaving (seen on CI:
  // UND_ERR_HEADERS_TIMEOUT on the `url` command) loses nothing, so it is restarted for the next
  // page, and the file is not failed for it.
  const stop = launcher.stopSession.bind(launcher);
  const end = async (id) => {
    try {
      return await within(stop(id), closePageMs, 'closing a test page in WebKit');
    } catch (error) {
      log(`\nWebKit: ${error?.message ?? error}. Restarting WebKitWebDriver for the next page.\n`);
      forgetDriver(launcher);
      await driver.restart();
      return { testCoverage: undefined };
    }
  };
  launcher.stopSession = (id) => {
    const ended = end(id);
    leaving = ended.then(
      () => undefined,
      () => undefined,
    );
    return ended;
  };
  return launcher;
}

/** Whether WebKit's page is at `url`, as far as a driver that still answers can tell. */
async function isAt(launcher, url, ms) {
  try {
    const current = await within(launcher.driver.getUrl(), Math.min(ms, 5_000), 'reading the page address');
    return new URL(current).href === new URL(url).href;
  } catch {
    return false;
  }
}

/** The launcher forgets its WebDriver session (its driver is gone), so that the next page makes a new one. */
function forgetDriver(launcher) {
  if (launcher.pendingHeartbeat != null) clearInterval(launcher.pendingHeartbeat);
  launcher.driver = undefined;
  launcher.driverManager = undefined;
  launcher.__managerPromise = undefined;
}
