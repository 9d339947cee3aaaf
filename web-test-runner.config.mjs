// Web Test Runner: every test file in Chromium, Firefox ESR and WebKit (Debian's browsers).
// Pick browsers with MIPTECH_BROWSERS=chromium,firefox (default: all three).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launcherFor, startWebKitDriver } from './test/rig/browsers.mjs';
import { summaryReporter } from './test/rig/summary-reporter.mjs';
import { progressLog } from './test/rig/progress-log.mjs';
import { distRoutes } from './test/rig/dist-routes.mjs';
import { platformCommandsPlugin } from './test/rig/platform-commands.mjs';
import { missingEmulationPlugin } from './test/rig/optional-emulation.mjs';
import { touchEmulationPlugin } from './test/rig/touch-emulation.mjs';
import { screenshotsPlugin } from './test/rig/screenshots.mjs';

// The runner prints an uncaught error through its own console, which its terminal may not flush
// before it exits; write it straight to stderr too, so a run that dies says why.
process.on('uncaughtException', (error) => writeSync(2, `\nUncaught in the test runner: ${error?.stack ?? error}\n`));
// Without a terminal (CI, a log file), one plain line per finished file (progress-log.mjs).
const plainLog = Boolean(process.env.CI) || !process.stderr.isTTY;

const names = (process.env.MIPTECH_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const webkitDriver = names.includes('webkit') ? await startWebKitDriver() : undefined;

/** mock-socket ships UMD through `main`; serve its ES build to the browser instead. */
const mockSocketEsm = {
  name: 'mock-socket-esm',
  resolveImport({ source }) {
    if (source === 'mock-socket') return '/node_modules/mock-socket/dist/mock-socket.es.mjs';
  },
};

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: process.env.MIPTECH_TEST_FILES ? process.env.MIPTECH_TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [distRoutes],
  plugins: [
    mockSocketEsm,
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    platformCommandsPlugin(),
    missingEmulationPlugin(),
    touchEmulationPlugin(),
    screenshotsPlugin(),
  ],
  browsers: names.map((name) => launcherFor(name, { webkitDriver })),
  concurrentBrowsers: 3,
  // WebKitWebDriver runs one session at a time; one file per browser at a time also keeps
  // the 2-core machines from starving the timing-sensitive integration tests.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  // Lit's dev-mode notice is expected in tests (the built script is production mode), and
  // the widget's own debug log is noise there.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|^\[miptech-chat/.test(String(args[0] ?? '')),
  testFramework: { config: { timeout: 20000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !plainLog }),
    summaryReporter({ file: process.env.MIPTECH_SUMMARY_FILE || '.wtr-summary.json' }),
    ...(plainLog ? [progressLog({ rootDir: fileURLToPath(new URL('.', import.meta.url)) })] : []),
  ],
};
