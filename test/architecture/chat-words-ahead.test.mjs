// Each language's launcher words name the file of that language's chat words, for the loader to
// fetch with the chat (scripts/rollup/chat-words-ahead.mjs): what the build adds, and what it
// emits for it. In the browsers, script-tag-languages(-intent).test.ts check the fetch itself.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { chatWordsAhead } from '../../scripts/rollup/chat-words-ahead.mjs';

const LOCALES = join('/work', 'src', 'i18n', 'locales');

/** The plugin's transform of `id`, with the chunks it emitted. */
function build(id, code = "export const words = { retry: 'Erneut versuchen' };") {
  const emitted = [];
  const context = { emitFile: (file) => (emitted.push(file), `ref${emitted.length}`) };
  return { result: chatWordsAhead().transform.call(context, code, id), emitted };
}

test('a language’s launcher words export the URL of its chat words, which are emitted under the name they have anyway', () => {
  const { result, emitted } = build(join(LOCALES, 'de.ts'));
  assert.deepEqual(emitted, [{ type: 'chunk', id: join(LOCALES, 'de-chat.ts'), name: 'de-chat' }]);
  assert.match(result.code, /^export const words = \{ retry: 'Erneut versuchen' \};/);
  assert.match(result.code, /\nexport const chat = import\.meta\.ROLLUP_FILE_URL_ref1;\n$/);
});

test('the chat’s and the site owner’s words, and every other module, are left alone', () => {
  for (const id of [join(LOCALES, 'de-chat.ts'), join(LOCALES, 'de-owner.ts'), join('/work', 'src', 'i18n', 'en.ts'), join('/work', 'src', 'chat', 'index.ts')]) {
    const { result, emitted } = build(id);
    assert.equal(result, null, id);
    assert.deepEqual(emitted, [], id);
  }
});
