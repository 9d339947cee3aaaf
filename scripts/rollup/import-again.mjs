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
//  - No chunk imports another by its URL: what a chunk shares with the others (and only that) it
//    puts in the page's holder of this version (where the loader puts its kit) as it runs, and
//    they read it from there. Imported by the URL it was first named by, a chunk that came under
//    another would fail again (the remembered failure), or run a second copy. Only what the
//    others import goes there: never the chat's Lit renderer (drawPanel), with which a page
//    script could make TrustedHTML under the widget's policy.
// The ES modules for bundlers keep plain imports: bundlers load their own chunks.
import MagicString from 'magic-string';
import { holderOf } from './kit.mjs';

/** The function's name before minification: one no module of ours declares. */
export const IMPORT_AGAIN = '__miptechImportAgain';

/**
 * The function, put at the top of each chunk that imports another, so `import()` resolves from
 * that chunk's own URL, beside the others. `Tries`: failures so far, by file.
 */
export const IMPORT_AGAIN_SOURCE = `const ${IMPORT_AGAIN}Tries = {};
const ${IMPORT_AGAIN} = (file) => {
  const tries = ${IMPORT_AGAIN}Tries[file] | 0;
  return import(tries ? \`\${file}?retry=\${tries}\` : file).catch((error) => {
    ${IMPORT_AGAIN}Tries[file] = tries + 1;
    if (tries) throw error;
    return ${IMPORT_AGAIN}(file);
  });
};
`;

/**
 * Rollup's rendering of a static import of another chunk (before minification): of names, or
 * only to run it first (which the holder already says it has).
 */
const STATIC_IMPORT = /^import (?:(\{[^}]*\}|\* as [\w$]+) from )?'\.\/([^']+)';$/gm;

/** Rollup's rendering of a chunk's exports (before minification), last in the chunk. */
const EXPORTS = /^export \{([^}]*)\};$/m;

/** `{ a as b, c }` as a destructuring pattern, `{ a: b, c }`. */
const pattern = (names) => names.replace(/([\w$]+) as ([\w$]+)/g, '$1: $2');

/** Where the holder keeps what `file` shares. */
const heldAs = (version, file) => `${holderOf(version)}[${JSON.stringify(`./${file}`)}]`;

/** The names other chunks import from `file` (rollup's importedBindings). */
const sharedBy = (file, chunks) => [...new Set(Object.values(chunks).flatMap((c) => c.importedBindings?.[file] ?? []))];

export const importAgain = (version) => ({
  name: 'import-again',
  renderDynamicImport({ targetModuleId }) {
    // Only imports of the build's own chunks (a target it resolved), never a URL made at run time.
    return targetModuleId ? { left: `${IMPORT_AGAIN}(`, right: ')' } : null;
  },
  renderChunk(code, chunk, _, { chunks }) {
    const text = new MagicString(code);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const [statement, names, file] = match;
      if (!chunks[file]) this.error(`${chunk.fileName} imports ${file}, which is not one of this build's chunks`);
      if (names?.startsWith('*')) this.error(`${chunk.fileName} imports all of ${file}: name what it uses, so only that is shared`);
      text.overwrite(match.index, match.index + statement.length, names ? `const ${pattern(names)} = ${heldAs(version, file)};` : '');
    }
    const shared = sharedBy(chunk.fileName, chunks);
    if (shared.length) {
      // Each shared name is the local binding its export statement names (`local as name`, or `name`).
      const statement = EXPORTS.exec(code);
      const parts = (statement?.[1] ?? '').split(',').map((part) => part.trim()).filter(Boolean);
      const exported = new Map(parts.map((part) => part.split(/\s+as\s+/)).map(([local, name]) => [name ?? local, local]));
      const missing = shared.filter((name) => !exported.has(name));
      if (missing.length) this.error(`${chunk.fileName} does not export ${missing.join(', ')}, which other chunks import`);
      // The chunk's module exports what it declares; what rollup added for the other chunks now
      // goes to the holder instead.
      const own = new Set(chunk.facadeModuleId ? this.getModuleInfo(chunk.facadeModuleId).exports : exported.keys());
      const kept = parts.filter((part) => own.has(part.split(/\s+as\s+/).pop()));
      text.overwrite(statement.index, statement.index + statement[0].length, kept.length ? `export { ${kept.join(', ')} };` : '');
      text.append(`\n${heldAs(version, chunk.fileName)} = { ${shared.map((name) => `${name}: ${exported.get(name)}`).join(', ')} };\n`);
    }
    if (code.includes(`${IMPORT_AGAIN}(`)) text.prepend(IMPORT_AGAIN_SOURCE);
    return text.hasChanged() ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
  },
});
