// The script-tag chunks work together when one of them came under a fresh URL
// (scripts/rollup/import-again.mjs): what the plugin renders, and what its function does, run in
// Node on files that are missing and then there. In the browsers, script-tag-*-fault.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPORT_AGAIN, holderOf, importAgain, importAgainSource } from '../../scripts/rollup/import-again.mjs';

const HOLDER = holderOf('9.9.9');

/** The plugin's renderChunk of `code` as the chunk `fileName`, among `chunks` (rollup's RenderedChunk, in part). */
function render(code, fileName, chunks) {
  const errors = [];
  const context = { error: (message) => errors.push(message) };
  const out = importAgain('9.9.9').renderChunk.call(context, code, { fileName }, {}, { chunks });
  return { code: out?.code ?? null, errors };
}

const CHUNKS = {
  'miptech-chat.chat-!~{001}~.js': { name: 'chat', isEntry: true, dynamicImports: ['miptech-chat.debug-!~{002}~.js', 'miptech-chat.locale-de-chat-!~{003}~.js'] },
  'miptech-chat.debug-!~{002}~.js': { name: 'debug', isEntry: false, dynamicImports: ['miptech-chat.locale-de-owner-!~{004}~.js'] },
  'miptech-chat.locale-de-chat-!~{003}~.js': { name: 'de-chat', isEntry: false, dynamicImports: [] },
  'miptech-chat.locale-de-owner-!~{004}~.js': { name: 'de-owner', isEntry: false, dynamicImports: [] },
  'miptech-chat.shared-!~{005}~.js': { name: 'shared', isEntry: false, dynamicImports: [] },
};

test('an import() of one of the build’s own chunks goes through the function; one the build did not resolve is left alone', () => {
  const plugin = importAgain('9.9.9');
  assert.deepEqual(plugin.renderDynamicImport({ targetModuleId: '/work/src/chat/debug.ts' }), { left: `${IMPORT_AGAIN}(`, right: ')' });
  assert.equal(plugin.renderDynamicImport({ targetModuleId: null }), null);
});

test('the function is put at the top of a chunk that calls it, and only there', () => {
  const calling = `export const load = () => ${IMPORT_AGAIN}('./miptech-chat.debug-!~{002}~.js');\n`;
  assert.equal(render(calling, 'miptech-chat.chat-!~{001}~.js', CHUNKS).code, importAgainSource('9.9.9') + calling);
  assert.equal(render('export const words = [];\n', 'miptech-chat.locale-de-chat-!~{003}~.js', CHUNKS).code, null);
});

test('a chunk takes what it shares with the chat, or with a chunk fetched with import(), from the holder: never from their URLs', () => {
  const words = "import { chatWords as en } from './miptech-chat.chat-!~{001}~.js';\nexport const words = en;\n";
  assert.equal(render(words, 'miptech-chat.locale-de-chat-!~{003}~.js', CHUNKS).code, `const { chatWords: en } = ${HOLDER}.chat;\nexport const words = en;\n`);
  const owner = "import { ownerWords } from './miptech-chat.debug-!~{002}~.js';\nimport './miptech-chat.chat-!~{001}~.js';\nexport const words = ownerWords;\n";
  assert.equal(
    render(owner, 'miptech-chat.locale-de-owner-!~{004}~.js', CHUNKS).code,
    `const { ownerWords } = ${HOLDER}["./miptech-chat.debug-!~{002}~.js"];\n\nexport const words = ownerWords;\n`,
  );
  const whole = "import * as chat from './miptech-chat.chat-!~{001}~.js';\n";
  assert.equal(render(whole, 'miptech-chat.debug-!~{002}~.js', CHUNKS).code, `const chat = ${HOLDER}.chat;\n`);
});

test('a static import of a chunk nothing fetches with import() (it would never be in the holder) stops the build', () => {
  const { errors } = render("import { a } from './miptech-chat.shared-!~{005}~.js';\n", 'miptech-chat.debug-!~{002}~.js', CHUNKS);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /imports miptech-chat\.shared-.*nothing imports with import\(\)/);
});

test('a failed import is asked for once more at once under ?retry=1, and a later one under ?retry=2, which finds the file now there; each module is put in the holder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'import-again-'));
  const version = `test-${Date.now()}`;
  globalThis[Symbol.for(`miptech-chat@${version}`)] = {};
  writeFileSync(join(folder, 'helper.mjs'), `${importAgainSource(version)}export { ${IMPORT_AGAIN} as load, ${IMPORT_AGAIN}Tries as tries };\n`);
  const { load, tries } = await import(pathToFileURL(join(folder, 'helper.mjs')).href);
  // Missing: the first import and the one at once after it both fail, and the caller hears so.
  await assert.rejects(load('./later.mjs'));
  assert.deepEqual(tries, { './later.mjs': 2 });
  writeFileSync(join(folder, 'later.mjs'), 'export const url = import.meta.url;\n');
  const later = await load('./later.mjs');
  assert.match(later.url, /\/later\.mjs\?retry=2$/);
  assert.equal(globalThis[Symbol.for(`miptech-chat@${version}`)]['./later.mjs'], later);
  // A file there the first time is imported as it is named.
  writeFileSync(join(folder, 'there.mjs'), 'export const url = import.meta.url;\n');
  assert.match((await load('./there.mjs')).url, /\/there\.mjs$/);
});

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = (() => {
  try {
    return readdirSync(dist).filter((f) => /^miptech-chat\.(chat|debug|realtime|locale)-[\w-]+\.js$/.test(f));
  } catch {
    return [];
  }
})();

test('in the built chunks, every import() of another chunk asks again, and no chunk imports another by its URL', { skip: files.length === 0 && 'run npm run build first' }, () => {
  for (const file of files) {
    const code = readFileSync(join(dist, file), 'utf8');
    assert.deepEqual(code.match(/import\s*\(\s*["'`]\.\/miptech-chat[^)]*\)/g) ?? [], [], `${file}: a plain import() of a chunk`);
    assert.deepEqual(code.match(/(?:^|[;}\n])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/miptech-chat[^"']*["']/g) ?? [], [], `${file}: a static import of a chunk`);
  }
  const chat = readFileSync(join(dist, files.find((f) => f.startsWith('miptech-chat.chat-'))), 'utf8');
  // Minified, the function keeps its shape: an import under `?retry=` of the file it was given.
  assert.match(chat, /import\(\w+\?`\$\{\w+\}\?retry=\$\{\w+\}`:\w+\)/);
});
