// Debian's browsers, driven the ways that work on a machine with no browser downloads
// (see ../shared/design/TOOLCHAIN.md): Chromium and Firefox ESR through puppeteer-core
// (Firefox over WebDriver BiDi), WebKit through WebKitGTK's WebKitWebDriver + MiniBrowser.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { tolerateMissingEmulation } from './optional-emulation.mjs';
import { recoveringWebKit } from './webkit-recovery.mjs';

export const BROWSERS = {
  chromium: {
    binary: process.env.CHROME_PATH || '/usr/bin/chromium',
    debianPackage: 'chromium',
  },
  firefox: {
    binary: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
  },
  webkit: {
    binary: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    debianPackage: 'webkit2gtk-driver',
    miniBrowser: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ].find((p) => existsSync(p)),
  },
};

/** Names of browsers whose binaries are missing, with the Debian package that provides each. */
export function missingBrowsers(names) {
  return names
    .filter((name) => {
      const b = BROWSERS[name];
      return !existsSync(b.binary) || (name === 'webkit' && !b.miniBrowser);
    })
    .map((name) => ({ name, debianPackage: BROWSERS[name].debianPackage }));
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A free loopback port (for WebKitWebDriver, and the end-to-end tests' servers). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tryOnce = () => {
      fetch(`http://127.0.0.1:${port}/status`)
        .then(() => resolve())
        .catch(() => (Date.now() > deadline ? reject(new Error(`WebKitWebDriver did not start on ${port}`)) : setTimeout(tryOnce, 100)));
    };
    tryOnce();
  });
}

/** The processes `pid` started, and theirs (Linux: read from /proc). */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command's parenthesis: state, then the parent's pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [];
  const visit = (parent) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/**
 * Starts WebKitWebDriver on a free loopback port; it (and the MiniBrowser it starts) is killed
 * when this process exits. `restart()` kills both and starts the driver again on the same port
 * (webkit-recovery.mjs, for a MiniBrowser that stopped answering).
 */
export async function startWebKitDriver() {
  const port = await freePort();
  let child = null;
  const kill = () => {
    if (!child) return;
    for (const pid of [...descendants(child.pid), child.pid]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    child = null;
  };
  const start = async () => {
    const started = spawn(BROWSERS.webkit.binary, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    started.once('exit', (code, signal) => {
      if (started === child) process.stderr.write(`\nWebKitWebDriver ended (${signal ?? `code ${code}`}).\n`);
    });
    child = started;
    await waitForPort(port);
  };
  process.on('exit', kill);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      process.stderr.write(`\nThe test runner got ${sig}: stopping WebKitWebDriver and exiting.\n`);
      kill();
      process.exit(130);
    });
  }
  await start();
  return {
    port,
    restart: async () => {
      kill();
      await start();
    },
  };
}

export function launcherFor(name, { webkitDriver } = {}) {
  switch (name) {
    case 'chromium':
      return chromeLauncher({
        launchOptions: { executablePath: BROWSERS.chromium.binary, headless: true, args: CHROMIUM_FLAGS },
      });
    case 'firefox':
      return chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: BROWSERS.firefox.binary, headless: true },
        // Each page survives a driver that lacks an optional emulation command (optional-emulation.mjs).
        createPage: async ({ context }) => tolerateMissingEmulation(await context.newPage(), 'firefox'),
      });
    case 'webkit': {
      const launcher = webdriverLauncher({
        hostname: '127.0.0.1',
        port: webkitDriver.port,
        logLevel: 'error',
        // A request WebKitWebDriver does not answer fails in 30 s, not webdriver's 120 s times
        // 3 tries: a stuck page is found out and recovered within the runner's 60 s start limit.
        connectionRetryTimeout: 30_000,
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: BROWSERS.webkit.miniBrowser, args: ['--automation'] },
        },
      });
      return recoveringWebKit(launcher, webkitDriver);
    }
    default:
      throw new Error(`unknown browser ${name}`);
  }
}

/**
 * A browser for the Node end-to-end tests (test/e2e), through puppeteer-core: `chromium` or
 * `firefox` (over WebDriver BiDi). No default viewport (puppeteer would set one on every page,
 * which a driver may half support); pages come from `newPage`, which tolerates a driver without
 * an optional emulation command, as the browser tests' pages do.
 */
export async function launchForNode(name) {
  const browser = name === 'firefox'
    ? await puppeteer.launch({ browser: 'firefox', executablePath: BROWSERS.firefox.binary, headless: true, defaultViewport: null })
    : await puppeteer.launch({ executablePath: BROWSERS.chromium.binary, headless: true, args: CHROMIUM_FLAGS, defaultViewport: null });
  const newPage = async () => tolerateMissingEmulation(await browser.newPage(), name);
  return { browser, newPage, close: () => browser.close() };
}

/** The version of each browser `names` lists, as its binary or Debian's package reports it, for the log. */
export function browserVersions(names, run) {
  const version = {
    chromium: () => run(BROWSERS.chromium.binary, ['--version']),
    firefox: () => run(BROWSERS.firefox.binary, ['--version']),
    webkit: () => {
      const debian = BROWSERS.webkit.miniBrowser?.includes('webkit2gtk-4.1') ? 'libwebkit2gtk-4.1-0' : 'libwebkit2gtk-4.0-37';
      const packaged = run('dpkg-query', ['-W', '-f', '${Version}', debian]);
      return packaged ? `WebKitGTK ${packaged} (MiniBrowser through ${BROWSERS.webkit.binary})` : `WebKitWebDriver at ${BROWSERS.webkit.binary}`;
    },
  };
  return names.map((name) => `${name}: ${(version[name]?.() || 'version unknown').trim()}`);
}
