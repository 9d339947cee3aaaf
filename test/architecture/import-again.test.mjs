// The script-tag chunks work together when one of them came under a fresh URL
// (scripts/rollup/import-again.mjs): what the plugin renders, and what its function does, run in
// Node on files that are missing and then there. In the browsers, script-tag-*-fault.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPORT_AGAIN, IMPORT_AGAIN_SOURCE, importAgain } from '../../scripts/rollup/import-again.mjs';
import { holderOf } from '../../scripts/rollup/kit.mjs';

const HOLDER = holderOf('9.9.9');
const CHAT = 'miptech-chat.chat-!~{001}~.js';
const DEBUG = 'miptech-chat.debug-!~{002}~.js';

/** Rollup's chunks, in part: what each imports by name from the others, and its own module's exports. */
const CHUNKS = {
  [CHAT]: { facadeModuleId: '/src/chat/index.ts', importedBindings: {} },
  [DEBUG]: { facadeModuleId: '/src/chat/debug.ts', importedBindings: { [CHAT]: ['e', 'A'] } },
  'miptech-chat.locale-de-chat-!~{003}~.js': { facadeModuleId: '/src/i18n/locales/de-chat.ts', importedBindings: { [CHAT]: ['chatWords'] } },
  'miptech-chat.locale-de-owner-!~{004}~.js': { facadeModuleId: '/src/i18n/locales/de-owner.ts', importedBindings: { [DEBUG]: ['ownerWords'], [CHAT]: [] } },
};
const MODULE_EXPORTS = { '/src/chat/index.ts': ['ChatRuntime', 'chatWords', 'drawPanel'], '/src/chat/debug.ts': ['DebugPanel', 'ownerWords'] };

/** The plugin's renderChunk of `code` as the chunk `fileName` (null: left as it is), and the errors it raised. */
function render(code, fileName, chunks = CHUNKS) {
  const errors = [];
  // As rollup's, `error` throws: the build stops there.
  const context = {
    error: (message) => {
      errors.push(message);
      throw new Error(message);
    },
    getModuleInfo: (id) => ({ exports: MODULE_EXPORTS[id] ?? [] }),
  };
  try {
    const out = importAgain('9.9.9').renderChunk.call(context, code, { fileName, ...chunks[fileName] }, {}, { chunks });
    return { code: out?.code ?? null, errors };
  } catch {
    return { code: null, errors };
  }
}

test('an import() of one of the build’s own chunks goes through the function; one the build did not resolve is left alone', () => {
  const plugin = importAgain('9.9.9');
  assert.deepEqual(plugin.renderDynamicImport({ targetModuleId: '/work/src/chat/debug.ts' }), { left: `${IMPORT_AGAIN}(`, right: ')' });
  assert.equal(plugin.renderDynamicImport({ targetModuleId: null }), null);
});

test('the function is put at the top of a chunk that calls it, and only there', () => {
  const calling = `export const load = () => ${IMPORT_AGAIN}('./${DEBUG}');\n`;
  assert.equal(render(calling, 'miptech-chat.locale-de-chat-!~{003}~.js').code, IMPORT_AGAIN_SOURCE + calling);
  assert.equal(render('export const words = [];\n', 'miptech-chat.locale-de-chat-!~{003}~.js').code, null);
});

test('a chunk takes what it imports from another from the page’s holder, never from the other’s URL', () => {
  const words = `import { chatWords as en } from './${CHAT}';\nexport const words = en;\n`;
  assert.equal(render(words, 'miptech-chat.locale-de-chat-!~{003}~.js').code, `const { chatWords: en } = ${HOLDER}["./${CHAT}"];\nexport const words = en;\n`);
  // An import only to run the other first goes: the holder says it has run.
  const owner = `import { ownerWords } from './${DEBUG}';\nimport './${CHAT}';\nexport const words = ownerWords;\n`;
  assert.equal(render(owner, 'miptech-chat.locale-de-owner-!~{004}~.js').code, `const { ownerWords } = ${HOLDER}["./${DEBUG}"];\n\nexport const words = ownerWords;\n`);
});

test('a chunk puts in the holder only what the others import from it, and exports only what its module declares', () => {
  const chat = 'const html = 1, ApiClient = 2, ChatRuntime = 3, chatWords = 4, drawPanel = 5;\nexport { ApiClient as A, ChatRuntime, chatWords, drawPanel, html as e };\n';
  assert.equal(
    render(chat, CHAT).code,
    'const html = 1, ApiClient = 2, ChatRuntime = 3, chatWords = 4, drawPanel = 5;\nexport { ChatRuntime, chatWords, drawPanel };\n' +
      `\n${HOLDER}["./${CHAT}"] = { e: html, A: ApiClient, chatWords: chatWords };\n`,
  );
});

test('what the build cannot share through the holder stops it: an import of all of a chunk, of a file not built, of a name not exported', () => {
  assert.match(render(`import * as chat from './${CHAT}';\n`, DEBUG).errors[0], /imports all of .*name what it uses/);
  assert.match(render("import { a } from './miptech-chat.other-!~{009}~.js';\n", DEBUG).errors[0], /not one of this build's chunks/);
  assert.match(render('const html = 1;\nexport { html as e };\n', CHAT).errors[0], /does not export A, chatWords, which other chunks import/);
});

test('a failed import is asked for once more at once under ?retry=1, and a later one under ?retry=2, which finds the file now there', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'import-again-'));
  writeFileSync(join(folder, 'helper.mjs'), `${IMPORT_AGAIN_SOURCE}export { ${IMPORT_AGAIN} as load, ${IMPORT_AGAIN}Tries as tries };\n`);
  const { load, tries } = await import(pathToFileURL(join(folder, 'helper.mjs')).href);
  // Missing: the first import and the one at once after it both fail, and the caller hears so.
  await assert.rejects(load('./later.mjs'));
  assert.deepEqual(tries, { './later.mjs': 2 });
  writeFileSync(join(folder, 'later.mjs'), 'export const url = import.meta.url;\n');
  assert.match((await load('./later.mjs')).url, /\/later\.mjs\?retry=2$/);
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
