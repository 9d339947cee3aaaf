// Counts test results across every browser and writes them to a file, so scripts/test.mjs can
// print the one plain closing line CI reads ("N passed, N failed, N skipped"). It also names
// each failure, with its browser, file and first line of error, because CI keeps only the log's
// tail and a failure scrolled out of it would otherwise be anonymous.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function countTests(suite, counts, where, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      const error = test.error?.message?.split('\n')[0] ?? '';
      counts.failures.push(`${where}: ${[...path, test.name].join(' > ')}${error ? ` (${error})` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) countTests(child, counts, where, [...path, child.name]);
}

export function summaryReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0, failures: [] };
      for (const session of sessions) {
        const where = `${session.browser?.name ?? 'browser'} ${relative(process.cwd(), session.testFile)}`;
        if (session.testResults) countTests(session.testResults, counts, where);
        // A file that failed to load or threw outside a test still fails the run.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.brokenFiles += 1;
          counts.failures.push(`${where}: ${session.errors[0]?.message?.split('\n')[0] ?? 'the file failed outside its tests'}`);
        }
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
