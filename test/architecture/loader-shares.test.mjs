// `npm run bench -- size` weighs the loader by what it does (scripts/loader-shares.mjs): each
// minified character goes to the source file its source map names, and each file to a group.
// These check the source map reading, and that every file of today's loader has its group.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LOADER_GROUPS, decodeSegment, loaderShares, sourcesOf } from '../../scripts/loader-shares.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const built = existsSync(`${dist}/miptech-chat.js.map`);

test('a mapping segment is read as source map v3 writes it: base64 digits of five bits, the lowest bit the sign', () => {
  assert.deepEqual(decodeSegment('AAAA'), [0, 0, 0, 0]);
  assert.deepEqual(decodeSegment('CDEF'), [1, -1, 2, -2]);
  // 16 needs a second digit: 'g' is 32 (more follows) + 0, 'B' is 1 << 5.
  assert.deepEqual(decodeSegment('gBhB'), [16, -16]);
});

test('each character belongs to the file of the last segment at or before it, on every line', () => {
  // Line 1: "ab" from a.ts, "cd" and its newline from b.ts; line 2 is in b.ts too, its segment naming no source.
  const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,ECAA;A' };
  assert.deepEqual(sourcesOf('abcd\nef', map), ['a.ts', 'a.ts', 'b.ts', 'b.ts', 'b.ts', 'b.ts', 'b.ts']);
});

test('every source file of the loader falls in a group, and the groups add up to the whole file', { skip: !built && 'run npm run build first' }, () => {
  const { sources } = JSON.parse(readFileSync(`${dist}/miptech-chat.js.map`, 'utf8'));
  const loose = sources.filter((file) => !LOADER_GROUPS.some(([, test]) => test.test(file)));
  assert.deepEqual(loose, [], 'name these files’ group in LOADER_GROUPS');
  const { whole, rows, keptOnly } = loaderShares(dist);
  const code = readFileSync(`${dist}/miptech-chat.js`);
  assert.equal(whole, gzipSync(code, { level: 9 }).length);
  assert.equal(rows.reduce((sum, row) => sum + row.minified, 0), code.toString().length);
  for (const row of rows.filter((r) => r.minified)) assert.ok(row.savedWithout > 0 && row.savedWithout < whole, row.name);
  assert.ok(keptOnly > 0 && keptOnly < whole);
});
