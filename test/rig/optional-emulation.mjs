// Emulation commands a browser's driver may lack, and a page that lives without them.
// puppeteer-core 25.16's Page.setViewport sends, over WebDriver BiDi, the viewport itself and,
// beside it, `emulation.setScreenOrientationOverride`; Debian's Firefox ESR 140.12 (December
// 2026) does not have that command, so every page setup failed with "unknown command" and every
// Firefox test file with it. The viewport is what the tests need: a missing optional command is
// reported once, by name, and the viewport is set on its own. Tests that need the missing
// command ask for it (the `missing-emulation` server command) and skip, saying why.

/** BiDi commands a test rig can do without: the page still gets its viewport. */
export const OPTIONAL_EMULATION = ['emulation.setScreenOrientationOverride', 'emulation.setTouchOverride'];

/** The optional command a driver's error says it lacks, or null for any other error. */
export function missingEmulation(error) {
  const found = /Protocol error \(([\w.]+)\): (unknown command|unsupported operation)/.exec(String(error?.message ?? error));
  return found && OPTIONAL_EMULATION.includes(found[1]) ? found[1] : null;
}

/** What each browser's driver was found to lack, for the `missing-emulation` server command. */
const missing = new Map();

/** The optional commands `browser`'s driver lacks (found so far: each is found at a page's first setup). */
export const missingFor = (browser) => [...(missing.get(browser) ?? [])];

function report(browser, command, log) {
  const known = missing.get(browser) ?? new Set();
  missing.set(browser, known);
  if (known.has(command)) return;
  known.add(command);
  log(`\n${browser}: this driver lacks the optional command ${command}; the viewport is still set, and tests that need ${command} are skipped.\n`);
}

/**
 * `page` (a puppeteer page), whose setViewport survives a driver without an optional emulation
 * command: it sets the viewport alone (awaited, so the page has it before it navigates) and
 * reports the command once. Any other error still throws.
 */
export function tolerateMissingEmulation(page, browser, log = (text) => process.stderr.write(text)) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      return await setViewport(viewport);
    } catch (error) {
      const command = missingEmulation(error);
      if (!command) throw error;
      report(browser, command, log);
      const size = viewport?.width && viewport?.height ? { width: viewport.width, height: viewport.height } : null;
      await page.mainFrame().browsingContext?.setViewport({ viewport: size, devicePixelRatio: viewport?.deviceScaleFactor ?? null });
      return undefined;
    }
  };
  return page;
}

/** The server command tests call: `executeServerCommand('missing-emulation')` → the commands this browser lacks. */
export function missingEmulationPlugin() {
  return {
    name: 'missing-emulation',
    executeCommand({ command, session }) {
      if (command !== 'missing-emulation') return undefined;
      // The launchers' names: 'Chromium', 'Firefox' (both through puppeteer), and WebKit's driver.
      return missingFor(session.browser.name.toLowerCase());
    },
  };
}
