// Rollup plugin: a language's chat and site-owner words ship as a list of values, in the order of
// the English catalogue's keys, and are zipped with those keys as the file runs. The keys are the
// same in every language, and the chat (or the owner's chunk) already holds them with its English
// words, so no language file carries them again: in Japanese the chat's words fall from 2.6 to
// 2.0 KB gzip. The zip is the file's own (a visitor fetches one language), so it weighs on no
// other file; the English words it reads come from what the chunk that holds them exports
// already (its part of the catalogue: `chatWords`, `ownerWords`), so that chunk is not grown.
//
// The sources stay objects, checked against the catalogue's keys by their types: this rewrites
// `export const words = { key: value, … }` (as esbuild leaves it) and stops the build when a
// language's keys are not the catalogue's, in any order.
import MagicString from 'magic-string';

/**
 * A language's part → its English catalogue (the module, and the name it exports: read here for
 * the keys' order), and the part of the catalogue the chunk exports, whose `en` is that catalogue.
 */
const PARTS = {
  chat: { english: ['../en-chat.js', 'enChat'], part: ['../../chat/index.js', 'chatWords'] },
  owner: { english: ['../en-owner.js', 'enOwner'], part: ['../../chat/debug.js', 'ownerWords'] },
};
const LANGUAGE_FILE = /[/\\]src[/\\]i18n[/\\]locales[/\\][a-z]{2}-(chat|owner)\.ts$/;

/** The object a module exports as `name` (`export const name = { … }`), from its AST. */
function exportedObject(ast, name) {
  for (const node of ast.body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : null;
    const found = declaration?.declarations?.find((d) => d.id.name === name);
    if (found?.init?.type === 'ObjectExpression') return found.init;
  }
  return null;
}

/** An object literal's keys, in order; null if one is not a plain key (a spread, a computed key). */
function keysOf(object) {
  const keys = object.properties.map((p) => (p.type === 'Property' && !p.computed ? (p.key.name ?? p.key.value) : null));
  return keys.includes(null) ? null : keys;
}

export function keylessWords() {
  return {
    name: 'keyless-words',
    async transform(code, id) {
      const part = LANGUAGE_FILE.exec(id)?.[1];
      if (!part) return null;
      const { english: [file, name], part: [partFile, partName] } = PARTS[part];
      const resolved = await this.resolve(file, id);
      const english = exportedObject((await this.load(resolved)).ast, name);
      const words = exportedObject(this.parse(code), 'words');
      const keys = english && keysOf(english);
      const own = words && keysOf(words);
      if (!keys || !own) this.error(`${id}: expected \`export const words = { … }\` with plain keys, and ${name} the same`);
      const missing = keys.filter((k) => !own.includes(k));
      const extra = own.filter((k) => !keys.includes(k));
      if (missing.length || extra.length) this.error(`${id}: its keys are not ${name}'s (missing: ${missing.join(', ') || 'none'}; not in English: ${extra.join(', ') || 'none'})`);
      const valueOf = new Map(words.properties.map((p) => [p.key.name ?? p.key.value, code.slice(p.value.start, p.value.end)]));
      const s = new MagicString(code);
      s.overwrite(words.start, words.end, `((values) => Object.fromEntries(Object.keys(${partName}.en).map((key, i) => [key, values[i]])))([${keys.map((k) => valueOf.get(k)).join(', ')}])`);
      s.prepend(`import { ${partName} } from '${partFile}';\n`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
