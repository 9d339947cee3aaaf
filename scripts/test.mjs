// Runs every test: the reference platform's Node tests, then every browser test file in
// Chromium, Firefox ESR and WebKit. Prints the plain closing line CI reads:
// "N passed, N failed" (", N skipped" when any were skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserVersions, missingBrowsers } from '../test/rig/browsers.mjs';
import { supervise } from './supervise.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const browsers = (process.env.MIPTECH_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Every failing test by name, listed last: CI keeps only the tail of the log. */
const failures = [];
/** Each phase's wall time, printed before the summary: the suite should get faster, not slower. */
const took = [];
const timed = async (name, run) => {
  const started = Date.now();
  try {
    return await run();
  } finally {
    took.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
};
const finish = (code) => {
  if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
  if (took.length) console.log(`\nWall time: ${took.join(', ')}.`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(code);
};

const missing = missingBrowsers(browsers);
const needsXvfb = browsers.includes('webkit') && !process.env.DISPLAY;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (missing.length > 0 || (needsXvfb && !hasXvfb)) {
  const packages = [...missing.map((m) => m.debianPackage), ...(needsXvfb && !hasXvfb ? ['xvfb'] : [])];
  console.error(`\nThe browser tests need ${packages.join(', ')}, which ${packages.length === 1 ? 'is' : 'are'} not installed.`);
  console.error('Install them from Debian (nothing downloads a browser of its own):\n');
  console.error(`    sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`);
  console.error('Or run a subset, e.g.  MIPTECH_BROWSERS=chromium npm test');
  totals.failed += 1;
  finish(1);
}

// Name what this run runs on, so a red run says which browsers it was.
const output = (binary, args) => {
  const result = spawnSync(binary, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout.split('\n')[0] : '';
};
console.log(`Browsers:\n  ${browserVersions(browsers, output).join('\n  ')}\n`);

// 1. In Node: the shape of src/ (layers, cycles, sizes, words, the manifest), the reference
//    platform, the demo as `npm start` runs it and the guide's own client against the platform
//    (test/e2e, in real browsers), and the React and Vue apps built from the packed package
//    (test/frameworks).
const nodeTests = ['test/architecture', 'test/platform', 'test/e2e', 'test/frameworks'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f)) : [],
);
if (nodeTests.length > 0) {
  const countFile = join(root, '.node-test-summary.json');
  rmSync(countFile, { force: true });
  const result = await timed('Node tests', () => supervise(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./test/rig/node-count-reporter.mjs', `--test-reporter-destination=${countFile}`, ...nodeTests],
    { cwd: root, env: process.env, name: 'The Node tests', limitMs: 30 * 60_000 },
  ));
  if (result.reason) console.error(`\nThe Node tests were stopped: ${result.reason}.`);
  const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  totals.passed += counts.passed;
  totals.failed += counts.failed + (result.status !== 0 && counts.failed === 0 ? 1 : 0);
  totals.skipped += counts.skipped;
  failures.push(...(counts.failures ?? []));
  if (result.status !== 0 && counts.failed === 0) failures.push(`the Node tests ended with ${result.reason ?? `code ${result.status}`}, no test failing`);
}

// 2. Every browser test file, in every browser.
const summaryFile = join(root, '.wtr-summary.json');
rmSync(summaryFile, { force: true });
const wtr = [join(root, 'node_modules/.bin/web-test-runner')];
const command = needsXvfb ? ['xvfb-run', '-a', ...wtr] : wtr;
const result = await timed('browser tests', () => supervise(command[0], command.slice(1), {
  cwd: root,
  env: { ...process.env, MIPTECH_SUMMARY_FILE: summaryFile, MIPTECH_BROWSERS: browsers.join(',') },
  name: 'The browser test runner',
}));
if (existsSync(summaryFile)) {
  const counts = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed + counts.brokenFiles;
  totals.skipped += counts.skipped;
  failures.push(...(counts.failures ?? []));
} else {
  // The runner did not get as far as reporting: say how it ended, so the log shows whether it
  // exited, was killed by a signal, or could not start.
  const how = result.reason ? `was stopped (${result.reason})`
    : result.signal ? `was killed by ${result.signal}`
    : `exited with code ${result.status}${result.status > 128 ? ` (under xvfb-run: signal ${result.status - 128})` : ''}`;
  console.error(`\nThe browser test runner ${how} before writing its summary.`);
  failures.push(`the browser test runner ${how} before writing its summary`);
  totals.failed += 1;
}
if (result.status !== 0 && totals.failed === 0) {
  failures.push(`the browser test runner exited with code ${result.status}, no test failing`);
  totals.failed += 1;
}
finish(totals.failed > 0 ? 1 : 0);
