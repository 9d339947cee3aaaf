// The size budgets, on the built files (npm test builds first): what a page downloads before
// anyone opens the chat, and the whole widget. A failure prints which modules weigh what, from
// dist/size-report.json (each module's own code gzipped: an estimate, but it ranks them right).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const KB = 1024;
const BUDGET = { loader: 15 * KB, whole: 50 * KB, debug: 5 * KB };

const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const report = () => JSON.parse(readFileSync(join(dist, 'size-report.json'), 'utf8'));

function breakdown(files) {
  const { files: all } = report();
  return files
    .map((file) => {
      const modules = Object.entries(all[file]?.modules ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 15);
      return `${file}:\n${modules.map(([m, bytes]) => `  ${String(bytes).padStart(6)}  ${m}`).join('\n')}`;
    })
    .join('\n');
}

const built = existsSync(join(dist, 'miptech-chat.js'));
const chunks = built ? readdirSync(dist).filter((f) => /^miptech-chat\.chat-[\w-]+\.js$/.test(f)) : [];
const debugChunks = built ? readdirSync(dist).filter((f) => /^miptech-chat\.debug-[\w-]+\.js$/.test(f)) : [];

test('the build has one loader and one content-hashed chat chunk', { skip: !built && 'run npm run build first' }, () => {
  assert.equal(chunks.length, 1, `expected one chat chunk in dist/, found ${chunks.join(', ') || 'none'}`);
  assert.match(readFileSync(join(dist, 'miptech-chat.js'), 'utf8'), new RegExp(chunks[0].replace(/\./g, '\\.')));
});

test(`the loader is at most ${BUDGET.loader / KB} KB gzip`, { skip: !built && 'run npm run build first' }, () => {
  const size = gzip('miptech-chat.js');
  assert.ok(size <= BUDGET.loader, `dist/miptech-chat.js is ${(size / KB).toFixed(1)} KB gzip, over ${BUDGET.loader / KB} KB. By module:\n${breakdown(['miptech-chat.js'])}`);
});

test(`the debug view (its own chunk, fetched only with \`debug\`) is at most ${BUDGET.debug / KB} KB gzip`, { skip: !built && 'run npm run build first' }, () => {
  assert.equal(debugChunks.length, 1, `expected one debug chunk in dist/, found ${debugChunks.join(', ') || 'none'}`);
  const size = gzip(debugChunks[0]);
  assert.ok(size <= BUDGET.debug, `${debugChunks[0]} is ${(size / KB).toFixed(1)} KB gzip, over ${BUDGET.debug / KB} KB. By module:\n${breakdown(debugChunks)}`);
});

test(`the whole widget a visitor gets (loader and chat; the debug view is not fetched for visitors) is at most ${BUDGET.whole / KB} KB gzip`, { skip: !built && 'run npm run build first' }, () => {
  const size = gzip('miptech-chat.js') + chunks.reduce((sum, f) => sum + gzip(f), 0);
  assert.ok(size <= BUDGET.whole, `the widget is ${(size / KB).toFixed(1)} KB gzip, over ${BUDGET.whole / KB} KB. By module:\n${breakdown(['miptech-chat.js', ...chunks])}`);
});
