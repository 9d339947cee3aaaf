// Three builds:
//  - dist/miptech-chat.chat-[hash].js: the chat chunk (session, socket, API client, markdown,
//    panel views and styles), an ES module the loader imports on the visitor's first sign of
//    intent. It takes Lit from the loader (the "kit"), so the page holds one copy.
//  - dist/miptech-chat.debug-[hash].js: the `debug` view (connection test), which the chat chunk
//    imports only when the element has `debug`: visitors never download it.
//  - dist/miptech-chat.js: the loader, one minified classic script for a plain <script src> on
//    any page (Lit in production mode); it defines the element and adds no global. It finds the
//    chunk next to itself; its name stays stable, while the chunk's carries a content hash, so
//    a CDN can cache the chunk forever.
//  - dist/esm/: ES modules for people who bundle, dependencies left as imports; the chat is a
//    dynamic import, so bundlers split it the same way (types: `tsc -p tsconfig.build.json`).
// dist/size-report.json records each module's share of each file, for the budget tests, and
// dist/served-files.json names every file of the script-tag builds, for servers (the demo).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';
import { failClosedWrapper } from './scripts/rollup/fail-closed.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { servedFiles } from './scripts/rollup/served-files.mjs';

const VERSION = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))[1];
const transpile = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.build.json', minify: false });
const resolveForBrowser = () => nodeResolve({ browser: true, exportConditions: ['browser', 'production'] });
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Fails the build if Node-only code slipped into the browser bundle. */
const noNodeCode = {
  name: 'no-node-code',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && /\bBuffer\.|require\(['"]crypto['"]\)|process\.env/.test(chunk.code)) {
        this.error(`${chunk.fileName} contains Node-only code (Buffer, crypto or process.env)`);
      }
    }
  },
};

/** What each module adds to each file (gzip of its own code, an estimate), for the budget tests. */
const report = { version: VERSION, files: {} };
const sizeReport = {
  name: 'size-report',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const modules = Object.fromEntries(
        Object.entries(chunk.modules)
          .filter(([, m]) => m.code)
          .map(([id, m]) => [relative(process.cwd(), id.replace(/^\0/, '')).replaceAll('\\', '/'), gzip(m.code)]),
      );
      report.files[chunk.fileName] = { gzip: gzip(chunk.code), modules };
    }
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/size-report.json', `${JSON.stringify(report, null, 2)}\n`);
  },
};

/**
 * The chunk's Lit imports become reads from the kit the loader put on globalThis (under this
 * version's key) before importing the chunk. Anything else from Lit fails the build, naming it.
 * So do the chunk's imports of the few modules of ours the loader holds too (SHARED_SRC): the
 * page holds one copy, and an import of a name the kit lacks fails the build.
 * The kit holds no Lit internals (`_$LH`, which directives such as `repeat` need): on a global,
 * any script on the page could make TrustedHTML with them under the widget's policy. So the chat
 * uses no directive that needs them, and importing one fails the build.
 */
const KIT = {
  lit: ['css', 'html', 'nothing', 'svg', 'unsafeCSS'],
  // Our own modules the loader already holds: the panel's frame, the events, filling in words, the message limit.
  'src/views/panel-frame.ts': ['panelFrame', 'skeletonView', 'loadErrorView'],
  'src/events.ts': ['EVENTS', 'emit'],
  'src/i18n/term.ts': ['format', 'text'],
  'src/state/message-limit.ts': ['MAX_MESSAGE_CHARS', 'checkMessage'],
  'src/config/resolve-config.ts': ['blank', 'parseUrl', 'problemList', 'resolveConfig', 'schemeList'],
};
const SHARED_SRC = Object.keys(KIT).filter((k) => k.startsWith('src/'));
const litFromKit = {
  name: 'lit-from-kit',
  async resolveId(id, importer) {
    if (id in KIT) return `\0kit:${id}`;
    if (importer && /^\.\.?\//.test(id) && !importer.includes('/node_modules/')) {
      const target = relative(process.cwd(), resolve(dirname(importer), id.replace(/\.js$/, '.ts'))).replaceAll('\\', '/');
      if (SHARED_SRC.includes(target)) return `\0kit:${target}`;
    }
    if (/^(lit|lit-html|lit-element|@lit\/)/.test(id)) this.error(`the chat chunk imports ${id}: share it through the kit (src/load-chat.script.ts and rollup.config.mjs), never Lit's internals`);
    return null;
  },
  load(id) {
    if (!id.startsWith('\0kit:')) return null;
    const names = KIT[id.slice(5)];
    return `const kit = globalThis[Symbol.for(${JSON.stringify(`miptech-chat@${VERSION}`)})].kit;\n${names.map((n) => `export const ${n} = kit.${n};`).join('\n')}\n`;
  },
};

/**
 * marked's module builds a whole `Marked` (lexer, parser, HTML renderer, hooks) at load, so no
 * bundler can drop the parts we never call: the chat renders marked's tokens itself
 * (render-markdown.ts) and needs only the `Lexer`. This keeps marked's file up to its renderer
 * and exports the Lexer alone (about 3 KB gzip less), without the pedantic and line-break
 * grammars it is never asked for; the build fails if marked's layout changes.
 */
const markedLexerOnly = {
  name: 'marked-lexer-only',
  transform(code, id) {
    if (!/[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/.test(id)) return null;
    const cut = code.indexOf('\nclass _Renderer {');
    if (cut < 0 || !code.slice(0, cut).includes('\nclass _Lexer {')) this.error('marked changed its layout: update markedLexerOnly in rollup.config.mjs');
    // The chat lexes with { gfm: true, breaks: false }: the pedantic and line-break grammars are never read.
    let lexer = code.slice(0, cut);
    for (const [from, to] of [
      ['\nconst blockPedantic = {', '\n/**\n * Inline-Level Grammar'],
      ['\n/**\n * Pedantic Inline Grammar', '\n/**\n * GFM Inline Grammar'],
      ['\n/**\n * GFM + Line Breaks Inline Grammar', '\n/**\n * exports'],
      ['\n    pedantic: blockPedantic', '\n};'],
      [',\n    breaks: inlineBreaks,\n    pedantic: inlinePedantic', '\n};'],
    ]) {
      const start = lexer.indexOf(from);
      const end = lexer.indexOf(to, start);
      if (start < 0 || end < 0) this.error(`marked changed its layout near "${from.trim()}": update markedLexerOnly in rollup.config.mjs`);
      lexer = lexer.slice(0, start) + lexer.slice(end);
    }
    return { code: `${lexer}\nexport { _Lexer as Lexer };\n`, map: null };
  },
};

/**
 * ky streams a response through a ReadableStream only to report download progress, which the
 * widget never asks for (api-client.ts sets no onDownloadProgress): the progress branch and its
 * `_stream` method are cut. The build fails if ky's layout changes.
 */
const kyWithoutProgress = {
  name: 'ky-without-progress',
  transform(code, id) {
    if (!/[\\/]ky[\\/]distribution[\\/]core[\\/]Ky\.js$/.test(id)) return null;
    const branch = code.indexOf('            // If `onDownloadProgress` is passed, it uses the stream API internally');
    const branchEnd = code.indexOf('            return response;\n', branch);
    const stream = code.indexOf('    /* istanbul ignore next */\n    _stream(response, onDownloadProgress) {');
    const streamEnd = code.lastIndexOf('\n}\n');
    if (branch < 0 || branchEnd < 0 || stream < 0 || streamEnd < stream) this.error('ky changed its layout: update kyWithoutProgress in rollup.config.mjs');
    return { code: code.slice(0, branch) + code.slice(branchEnd, stream) + code.slice(streamEnd), map: null };
  },
};

/**
 * ky checks how it is called (a `timeout` too large, `input` with a leading slash, `retry` not
 * arrays…) and says so in long sentences for developers. The widget calls it one fixed way
 * (api-client.ts, tested), so the checks stay and their words become one short message. The
 * build fails if a file no longer has them.
 */
const kyTerseChecks = {
  name: 'ky-terse-checks',
  transform(code, id) {
    if (!/[\\/]ky[\\/]distribution[\\/](core[\\/]Ky|utils[\\/]merge|utils[\\/]normalize)\.js$/.test(id)) return null;
    let count = 0;
    const terse = code.replace(/throw new (\w*Error)\((['`])(?:\\.|(?!\2)[^\\])*\2\)/g, (_, type) => ((count += 1), `throw new ${type}('ky: invalid call')`));
    if (count === 0) this.error(`ky changed its checks in ${id}: update kyTerseChecks in rollup.config.mjs`);
    return { code: terse, map: null };
  },
};

/**
 * The script tag's Lit creates its Trusted Types policy under our name, `miptech-chat`, not Lit's
 * `lit-html`: a page that uses Lit itself already holds `lit-html` (policy names are unique unless
 * the page allows duplicates), and a site's policy then names the widget for what it is. The
 * build fails if Lit's source changes shape. (The ESM build keeps the bundler's Lit, and its name.)
 */
export const TRUSTED_TYPES_POLICY = 'miptech-chat';
const litPolicyName = {
  name: 'lit-policy-name',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const parts = code.split('createPolicy("lit-html"');
    if (parts.length !== 2) this.error('lit-html no longer creates its policy as expected: update litPolicyName in rollup.config.mjs');
    return { code: parts.join(`createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}`), map: null };
  },
};

/** Old chat chunks go before a new one is written: dist/ holds exactly the build's files. */
const removeOldChunks = {
  name: 'remove-old-chunks',
  buildStart() {
    mkdirSync('dist', { recursive: true });
    for (const file of readdirSync('dist')) if (/^miptech-chat\.(chat|debug|realtime|locale)-/.test(file)) rmSync(`dist/${file}`);
  },
};

/** The script-tag builds' files, listed as they are written (the chunks' build runs first, then the loader's). */
const served = servedFiles();

/** The languages shipped besides English: each has the loader's words and the chat's (src/i18n/locales/). */
const LOCALES = ['es', 'fr', 'de', 'pt', 'ar', 'he', 'ja', 'zh'];

/** The hashed names of the chat chunk and of each language's loader words, from the chunk build to the loader build (they run in order). */
let chatChunk = null;
let localeHashes = null;
const rememberChunk = {
  name: 'remember-chunk',
  generateBundle(_, bundle) {
    const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
    chatChunk = entries.find((c) => c.name === 'chat').fileName;
    // The loader rebuilds each name from its hash (load-words.script.ts): fewer bytes on every page.
    localeHashes = Object.fromEntries(
      LOCALES.map((code) => {
        const { fileName } = entries.find((c) => c.name === `locale-${code}`);
        const hash = fileName.slice(`miptech-chat.locale-${code}-`.length, -'.js'.length);
        if (fileName !== `miptech-chat.locale-${code}-${hash}.js`) this.error(`unexpected name ${fileName}: update load-words.script.ts`);
        return [code, hash];
      }),
    );
  },
};

/** In the script-tag build, the chat and the page's language come from next to the script (load-chat.script.ts, i18n/load-words.script.ts). */
const loadChatFromScript = {
  name: 'load-chat-from-script',
  resolveId(source, importer) {
    if (source === './load-chat.js' && importer && dirname(importer) === resolve('src')) return resolve('src/load-chat.script.ts');
    if (source === '../i18n/load-words.js' && importer) return resolve('src/i18n/load-words.script.ts');
    return null;
  },
  transform(code, id) {
    if (!id.endsWith('load-chat.script.ts') && !id.endsWith('load-words.script.ts')) return null;
    if (!chatChunk) this.error('the chat chunk must be built before the loader');
    return code.replaceAll("'__CHAT_CHUNK__'", JSON.stringify(chatChunk)).replaceAll("'__LOCALE_HASHES__'", JSON.stringify(localeHashes));
  },
};

export default [
  {
    // The chat, and each language's loader words (fetched by the loader for a page in that language).
    input: { chat: 'src/chat/index.ts', ...Object.fromEntries(LOCALES.map((code) => [`locale-${code}`, `src/i18n/locales/${code}.ts`])) },
    // What the debug chunk shares with the chat stays in the chat chunk (exported to it), rather
    // than in a third chunk every visitor would fetch.
    preserveEntrySignatures: 'allow-extension',
    // The chat's dynamic imports: the `debug` view (chat/debug.ts) and each language's chat words.
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'miptech-chat.[name]-[hash].js',
      chunkFileNames: (chunk) => (chunk.name === 'debug' || chunk.name === 'realtime-parts' ? `miptech-chat.${chunk.name === 'debug' ? 'debug' : 'realtime'}-[hash].js` : 'miptech-chat.locale-[name]-[hash].js'),
      sourcemap: true,
    },
    plugins: [removeOldChunks, litFromKit, markedLexerOnly, kyWithoutProgress, kyTerseChecks, resolveForBrowser(), transpile(), minifyTemplates(), terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }), noNodeCode, rememberChunk, sizeReport, served],
  },
  {
    input: 'src/script-tag.ts',
    output: { file: 'dist/miptech-chat.js', format: 'iife', sourcemap: true, ...failClosedWrapper },
    plugins: [
      loadChatFromScript,
      litPolicyName,
      resolveForBrowser(),
      transpile(),
      minifyTemplates(),
      terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } }),
      noNodeCode,
      sizeReport,
      served,
    ],
  },
  {
    // The package's entries: the element, the React component (react.ts), and typings for Vue,
    // Svelte and Solid (vue.ts, svelte.ts, solid.ts: empty modules at run time).
    input: ['src/index.ts', 'src/react.ts', 'src/vue.ts', 'src/svelte.ts', 'src/solid.ts'],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: (id) => /^(lit|@lit|ky|nanoid|marked|react|vue|svelte|solid-js)(\/|$)/.test(id),
    plugins: [transpile(), noNodeCode],
  },
];
