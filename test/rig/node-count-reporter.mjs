// A node:test reporter that counts, for the summary line scripts/test.mjs prints, and names each
// failure, so the end of the log says what failed however far back it scrolled.
import { relative } from 'node:path';

export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    // Suites report too; count only leaf tests.
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else {
      counts.failed += 1;
      const error = event.data.details?.error?.cause?.message ?? event.data.details?.error?.message ?? '';
      counts.failures.push(`${event.data.file ? relative(process.cwd(), event.data.file) : 'node'}: ${event.data.name}${error ? ` (${error.split('\n')[0]})` : ''}`);
    }
  }
  yield JSON.stringify(counts);
}
