// The script-tag chunks (the chat; the realtime dialect, the site owner's view and each
// language's words, fetched after it) work together when one of them came under a fresh URL.
//
// A browser remembers a module that failed for its URL: once a fetch of it failed (a network
// blip, a module preload that failed ahead of it), every later import() of that URL fails too,
// without asking the network, until the page reloads. So:
//  - The chunks' dynamic imports of each other go through one function that asks again: a failed
//    import at once under `?retry=1` (this also mends a preload that failed earlier), and each
//    later import of that file under another (`?retry=2`…), as the loader does for the chat
//    chunk (src/load-chat.script.ts).
//  - No chunk imports another by its URL: what a chunk shares with the others is read from the
//    page's holder of this version (where the loader puts its kit). The chat is put there by the
//    loader once it has run (src/chat/arrive.ts); any other chunk, by the function that imported
//    it. Imported by the URL it was first named by, a chunk that came under another would fail
//    again (the remembered failure), or run a second copy.
// The ES modules for bundlers keep plain imports: bundlers load their own chunks.
import MagicString from 'magic-string';

/** The function's name before minification: one no module of ours declares. */
export const IMPORT_AGAIN = '__miptechImportAgain';

/** The page's holder for this version of the widget (the loader makes it, with its kit). */
export const holderOf = (version) => `globalThis[Symbol.for(${JSON.stringify(`miptech-chat@${version}`)})]`;

/**
 * The function, put at the top of each chunk that imports another, so `import()` resolves from
 * that chunk's own URL, beside the others. `Tries`: failures so far, by file. What it imports it
 * puts in the holder, under the name it was asked for.
 */
export const importAgainSource = (version) => `const ${IMPORT_AGAIN}Tries = {};
const ${IMPORT_AGAIN} = (file) => {
  const tries = ${IMPORT_AGAIN}Tries[file] | 0;
  return import(tries ? \`\${file}?retry=\${tries}\` : file).then(
    (module) => (${holderOf(version)}[file] = module),
    (error) => {
      ${IMPORT_AGAIN}Tries[file] = tries + 1;
      if (tries) throw error;
      return ${IMPORT_AGAIN}(file);
    },
  );
};
`;

/**
 * Rollup's rendering of a static import of another chunk (before minification): of names, or
 * only to run it first (which the holder already says it has).
 */
const STATIC_IMPORT = /^import (?:(\{[^}]*\}|\* as [\w$]+) from )?'\.\/([^']+)';$/gm;

/** `{ a as b, c }` as a destructuring pattern, `{ a: b, c }`; `* as ns` as `ns`. */
const pattern = (names) => (names.startsWith('*') ? names.slice(5) : names.replace(/([\w$]+) as ([\w$]+)/g, '$1: $2'));

export const importAgain = (version) => ({
  name: 'import-again',
  renderDynamicImport({ targetModuleId }) {
    // Only imports of the build's own chunks (a target it resolved), never a URL made at run time.
    return targetModuleId ? { left: `${IMPORT_AGAIN}(`, right: ')' } : null;
  },
  renderChunk(code, chunk, _, { chunks }) {
    const text = new MagicString(code);
    const imported = new Set(Object.values(chunks).flatMap((c) => c.dynamicImports));
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const [statement, names, file] = match;
      const target = chunks[file];
      if (!target) this.error(`${chunk.fileName} imports ${file}, which is not one of this build's chunks`);
      const isChat = target.isEntry && target.name === 'chat';
      if (!isChat && !imported.has(file)) this.error(`${chunk.fileName} imports ${file}, which nothing imports with import(): it would never be in the holder`);
      const from = isChat ? `${holderOf(version)}.chat` : `${holderOf(version)}[${JSON.stringify(`./${file}`)}]`;
      text.overwrite(match.index, match.index + statement.length, names ? `const ${pattern(names)} = ${from};` : '');
    }
    if (code.includes(`${IMPORT_AGAIN}(`)) text.prepend(importAgainSource(version));
    return text.hasChanged() ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
  },
});
