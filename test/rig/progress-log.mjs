// In CI (no live progress bar), one plain line per test file per browser as it finishes, written
// straight to stderr. If the runner ever dies without its summary, the log still shows how far it
// got and which files were in flight.
import { relative } from 'node:path';

const count = (suite, c = { passed: 0, failed: 0, skipped: 0 }) => {
  for (const t of suite?.tests ?? []) c[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed'] += 1;
  for (const s of suite?.suites ?? []) count(s, c);
  return c;
};

export function progressLog({ rootDir }) {
  const startedAt = new Map();
  const line = (text) => process.stderr.write(`[tests ${Math.round(process.uptime())}s] ${text}\n`);
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        const file = relative(rootDir, session.testFile);
        const browser = session.browser.name;
        if (session.status === 'INITIALIZING') {
          startedAt.set(session.id, Date.now());
          line(`${browser}: ${file} started`);
        } else if (session.status === 'FINISHED') {
          const c = count(session.testResults);
          const took = ((Date.now() - (startedAt.get(session.id) ?? Date.now())) / 1000).toFixed(1);
          const broken = !session.passed && session.errors?.length ? ', file errors' : '';
          line(`${browser}: ${file} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${broken} (${took} s)`);
        }
      });
    },
  };
}
