// Helpers for the end-to-end tests: what a newcomer runs (`npm start`), started as they start
// it, and real browsers (Debian's Chromium and Firefox ESR, through puppeteer-core) to look at it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, launchForNode, missingBrowsers } from '../rig/browsers.mjs';

export { freePort };

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The browsers puppeteer can drive that this run asked for (MIPTECH_BROWSERS) and has. */
export function nodeBrowsers() {
  const asked = (process.env.MIPTECH_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim());
  const drivable = asked.filter((name) => name === 'chromium' || name === 'firefox');
  const missing = new Set(missingBrowsers(drivable).map((m) => m.name));
  return drivable.filter((name) => !missing.has(name));
}

/**
 * `npm start`, as a newcomer runs it (it builds the widget, then serves the demo and the
 * platform), on free ports through PLATFORM_PORT and DEMO_PORT. Resolves once it prints its
 * URLs; `stop()` sends Ctrl-C's SIGINT to the whole process group.
 */
export async function npmStart(args = []) {
  const [platformPort, demoPort] = [await freePort(), await freePort()];
  const child = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
    cwd: root,
    detached: true,
    env: { ...process.env, PLATFORM_PORT: String(platformPort), DEMO_PORT: String(demoPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no URLs in 120 s:\n${output}`)), 120_000);
    const read = (data) => {
      output += data;
      if (/Reference platform:/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGINT');
    } catch {
      return; // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // stopped cleanly
    }
  };
  return { demo: `http://127.0.0.1:${demoPort}`, platform: `http://127.0.0.1:${platformPort}`, output: () => output, stop };
}

/**
 * A page in a real browser that records what a newcomer would see go wrong: responses of 400 and
 * up (by URL), page errors and console errors.
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const failures = [];
  const errors = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { page, failures, errors };
}

export const withBrowser = async (name, body) => {
  const browser = await launchForNode(name);
  try {
    return await body(browser);
  } finally {
    await browser.close();
  }
};

/** Polls `condition` (async) every 50 ms until it is truthy; returns its value. */
export async function until(condition, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
