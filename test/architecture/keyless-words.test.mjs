// A language's chat and site-owner words are shipped as values in the English catalogue's key
// order (scripts/rollup/keyless-words.mjs): what the build writes, and that a language whose keys
// are not the catalogue's stops it rather than shipping words under the wrong keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { keylessWords } from '../../scripts/rollup/keyless-words.mjs';

const ENGLISH = "export const enChat = {\n  first: 'One',\n  second: 'Two {n}',\n  'third': 'Three',\n};\n";
const plugin = keylessWords();
/** Rollup's hooks, as the build gives them: the English catalogue is the module resolved for it. */
const context = {
  parse: (code) => parseAst(code),
  resolve: async (file) => ({ id: file }),
  load: async ({ id }) => ({ ast: parseAst(id === '../en-chat.js' ? ENGLISH : '') }),
  error: (message) => {
    throw new Error(message);
  },
};
const LANGUAGE = '/work/src/i18n/locales/xx-chat.ts';
const build = (code, id = LANGUAGE) => plugin.transform.call(context, code, id);

test('a language is rewritten as its values in the English order, zipped with the keys the chat exports', async () => {
  const { code } = await build("export const words = {\n  third: 'Drei',\n  first: 'Eins',\n  second: 'Zwei {n}',\n};\n");
  assert.equal(code.split('\n')[0], "import { chatWords } from '../../chat/index.js';");
  assert.doesNotMatch(code, /first:|second:|third:/);
  // Run with the chat's part of the catalogue, as the chunk exports it: the words come back keyed.
  const body = code.split('\n').slice(1).join('\n').replace('export const words =', 'return');
  const words = new Function('chatWords', body)({ en: { first: 'One', second: 'Two {n}', third: 'Three' } });
  assert.deepEqual(words, { first: 'Eins', second: 'Zwei {n}', third: 'Drei' });
});

test('a language with a key missing, or one English has not, stops the build', async () => {
  await assert.rejects(build("export const words = { first: 'Eins', second: 'Zwei' };"), /missing: third; not in English: none/);
  await assert.rejects(build("export const words = { first: 'Eins', second: 'Zwei', third: 'Drei', fourth: 'Vier' };"), /missing: none; not in English: fourth/);
  await assert.rejects(build("export const words = { ...other };"), /plain keys/);
});

test('other modules, and the loader’s words (fetched before the chat has keys to give), are left alone', async () => {
  assert.equal(await build("export const words = { first: 'Eins' };", '/work/src/i18n/locales/xx.ts'), null);
  assert.equal(await build('export const x = 1;', '/work/src/chat/index.ts'), null);
});
