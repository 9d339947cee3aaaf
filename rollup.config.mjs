// Four builds:
//  - dist/miptech-chat.chat-[hash].js: the chat chunk (session, socket, API client, markdown,
//    panel views and styles), an ES module the loader imports on the visitor's first sign of
//    intent. It carries Lit (the loader draws with the DOM), and takes the few modules of ours the
//    loader holds from it (the "kit"), so the page holds one copy. It opens with V8's compile hint
//    (scripts/rollup/compile-hint.mjs): fetched ahead, it is compiled ahead too.
//  - dist/miptech-chat.debug-[hash].js: the `debug` view (connection test), which the chat chunk
//    imports only when the element has `debug`: visitors never download it.
//  - dist/miptech-chat.js: the loader, one minified classic script for a plain <script src> on
//    any page (no framework: it draws with the DOM); it defines the element and adds no global.
//    It opens with V8's compile hint too: nearly all of it runs at load.
//    It finds the chunk next to itself; its name stays stable, while the chunk's carries a
//    content hash, so a CDN can cache the chunk forever.
//  - dist/esm/: ES modules for people who bundle, dependencies left as imports; the chat is a
//    dynamic import, so bundlers split it the same way (types: `tsc -p tsconfig.build.json`).
// dist/size-report.json records each module's share of each file, for the budget tests, and
// dist/served-files.json names every file of the script-tag builds, for servers (the demo).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { noNodeCode, removeOldChunks, sizeReport } from './scripts/rollup/checks.mjs';
import { chunkNames } from './scripts/rollup/chunk-names.mjs';
import { compileHint } from './scripts/rollup/compile-hint.mjs';
import { failClosedWrapper } from './scripts/rollup/fail-closed.mjs';
import { litFromKit } from './scripts/rollup/kit.mjs';
import { SHIPPED_LOCALES } from './scripts/rollup/languages.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { chatWordsAhead } from './scripts/rollup/chat-words-ahead.mjs';
import { keylessWords } from './scripts/rollup/keyless-words.mjs';
import { importAgain } from './scripts/rollup/import-again.mjs';
import { kyTerseChecks, kyWithoutProgress, kyWithoutStreamProbe, litPolicyFromLoader } from './scripts/rollup/patches.mjs';
import { servedFiles } from './scripts/rollup/served-files.mjs';

export { TRUSTED_TYPES_POLICY } from './scripts/rollup/patches.mjs';

const VERSION = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];
const transpile = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.build.json', minify: false });
const resolveForBrowser = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });

/** The script-tag builds' files, listed as they are written (the chunks' build runs first, then the loader's). */
const served = servedFiles();
/** One size report for the builds, each adding its files. */
const sizes = sizeReport(VERSION);
/** The chunks' hashed names, from their build to the loader's. */
const names = chunkNames(SHIPPED_LOCALES);

export default [
  {
    // The chat, and each language's loader words (fetched by the loader for a page in that language).
    input: { chat: 'src/chat/index.ts', ...Object.fromEntries(SHIPPED_LOCALES.map((code) => [`locale-${code}`, `src/i18n/locales/${code}.ts`])) },
    // What the debug chunk shares with the chat stays in the chat chunk (exported to it), rather
    // than in a third chunk every visitor would fetch.
    preserveEntrySignatures: 'allow-extension',
    // The chat's dynamic imports: the `debug` view (chat/debug.ts) and each language's chat words.
    output: {
      dir: 'dist',
      format: 'es',
      // Files that other files name (each language's words, the debug view, the realtime dialect)
      // take a 6-character hash: the loader names the eight languages' words, and the chat chunk
      // each language's chat and owner words. 36 bits tell one build's file from another's.
      entryFileNames: (chunk) => `miptech-chat.[name]-[hash${chunk.name.startsWith('locale-') ? ':6' : ''}].js`,
      chunkFileNames: (chunk) => (chunk.name === 'debug' || chunk.name === 'realtime-parts' ? `miptech-chat.${chunk.name === 'debug' ? 'debug' : 'realtime'}-[hash:6].js` : 'miptech-chat.locale-[name]-[hash:6].js'),
      sourcemap: true,
    },
    // The minifier may assume that reading a property does nothing else (pure_getters: no code of
    // ours reads one for a side effect, such as a forced layout, without using it) and that no
    // object's function is ever called with `new` (unsafe_methods: they become methods).
    plugins: [removeOldChunks, litFromKit(VERSION), litPolicyFromLoader, kyWithoutProgress, kyWithoutStreamProbe, kyTerseChecks, resolveForBrowser(), transpile(), keylessWords(), chatWordsAhead(), importAgain(VERSION), minifyTemplates(), terser({ ecma: 2021, module: true, compress: { passes: 4, unsafe_arrows: true, keep_fargs: false, pure_getters: true, unsafe_methods: true }, format: { comments: false } }), compileHint(['chat']), noNodeCode, names.remember, sizes, served],
  },
  {
    input: 'src/script-tag.ts',
    output: { file: 'dist/miptech-chat.js', format: 'iife', sourcemap: true, ...failClosedWrapper },
    plugins: [
      names.inject,
      resolveForBrowser(),
      transpile(),
      minifyTemplates(),
      // pure_getters, as for the chat's chunk (above).
      terser({ ecma: 2021, module: false, compress: { passes: 2, pure_getters: true }, format: { comments: false } }),
      compileHint(['script-tag']),
      noNodeCode,
      sizes,
      served,
    ],
  },
  {
    // The package's entries: the element, the React component (react.ts), and typings for Vue,
    // Svelte and Solid (vue.ts, svelte.ts, solid.ts: empty modules at run time).
    input: ['src/index.ts', 'src/react.ts', 'src/vue.ts', 'src/svelte.ts', 'src/solid.ts'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: (id) => /^(lit|@lit|ky|nanoid|react|vue|svelte|solid-js)(\/|$)/.test(id),
    // Languages without their keys here too: a bundler splits each language's words into a
    // chunk of their own, as the script-tag build does (scripts/rollup/keyless-words.mjs).
    plugins: [transpile(), keylessWords(), noNodeCode],
  },
];
