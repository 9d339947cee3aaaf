// Web Test Runner: every test file in Chromium, Firefox ESR and WebKit (Debian's browsers).
// Pick browsers with MIPTECH_BROWSERS=chromium,firefox (default: all three).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { launcherFor, startWebKitDriver } from './test/rig/browsers.mjs';
import { summaryReporter } from './test/rig/summary-reporter.mjs';
import { progressLog } from './test/rig/progress-log.mjs';
import { distRoutes } from './test/rig/dist-routes.mjs';
import { platformCommandsPlugin } from './test/rig/platform-commands.mjs';
import { missingEmulationPlugin } from './test/rig/optional-emulation.mjs';

const names = (process.env.MIPTECH_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const webkitDriverPort = names.includes('webkit') ? await startWebKitDriver() : undefined;

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
  ],
  browsers: names.map((name) => launcherFor(name, { webkitDriverPort })),
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
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ file: process.env.MIPTECH_SUMMARY_FILE || '.wtr-summary.json' }),
    ...(process.env.CI ? [progressLog({ rootDir: fileURLToPath(new URL('.', import.meta.url)) })] : []),
  ],
};
