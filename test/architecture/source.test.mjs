// The shape of src/, checked on every `npm test`: layers only import downward, no import
// cycles, small files (counted as Prettier formats them, at 120 characters a line), prose only in
// the string catalogue, and the documented public custom properties match the stylesheet.
import assert from 'node:assert/strict';
import * as prettier from 'prettier';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');
const files = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
})(src);
const rel = (path) => relative(src, path).replaceAll('\\', '/');
const text = new Map(files.map((f) => [rel(f), readFileSync(f, 'utf8')]));

/**
 * Layers, lowest first. A module may import from its own layer or a lower one, never a higher
 * one. The element sits on top; `ports` (what the browser lends) at the bottom.
 */
const LAYERS = [
  ['ports', 'log', 'version.ts'],
  ['protocol', 'config', 'styles', 'i18n'],
  ['api', 'socket', 'markdown'],
  ['state'],
  ['session', 'diagnostics'],
  ['views'],
  ['controllers'],
  ['chat', 'element', 'events.ts', 'offer-message.ts', 'chat-attributes.ts', 'load-chat.ts', 'load-chat.script.ts', 'miptech-chat.ts', 'define.ts', 'index.ts', 'script-tag.ts', 'react.ts', 'vue.ts', 'svelte.ts', 'solid.ts', 'framework-types.ts'],
];
const layerOf = (module) => LAYERS.findIndex((names) => names.includes(module.split('/')[0]));

function importsOf(module) {
  const found = [];
  for (const match of text.get(module).matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)) {
    found.push(rel(resolve(dirname(join(src, module)), match[1].replace(/\.js$/, '.ts'))));
  }
  for (const match of text.get(module).matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) {
    found.push(rel(resolve(dirname(join(src, module)), match[1].replace(/\.js$/, '.ts'))));
  }
  return found;
}
const graph = new Map([...text.keys()].map((m) => [m, importsOf(m)]));

test('every module belongs to a layer', () => {
  assert.deepEqual([...text.keys()].filter((m) => layerOf(m) === -1), []);
});

test('no import from a lower layer to a higher one', () => {
  const upward = [];
  for (const [module, imports] of graph) {
    for (const target of imports) if (layerOf(target) > layerOf(module)) upward.push(`${module} → ${target}`);
  }
  assert.deepEqual(upward, []);
});

/**
 * What runs before the first open: everything `index.ts` imports, statically, for its values
 * (type-only imports vanish). The chat (session, socket, API, markdown, chat views) must not be
 * among it: it arrives with the chunk, through the dynamic import in load-chat.ts.
 */
test('the loader does not import the chat: it is fetched on intent', () => {
  const valueImports = (module) =>
    [...text.get(module).matchAll(/^\s*(?:(?:import|export)\s+(?!type\b)[^'"]*?from\s+|import\s+)['"](\.[^'"]+)['"]/gm)].map((m) =>
      rel(resolve(dirname(join(src, module)), m[1].replace(/\.js$/, '.ts'))),
    );
  const seen = new Set();
  const visit = (module) => {
    if (seen.has(module) || !text.has(module)) return;
    seen.add(module);
    valueImports(module).forEach(visit);
  };
  visit('index.ts');
  visit('script-tag.ts');
  visit('load-chat.script.ts');
  const chatOnly = /^(chat|session|socket|api|markdown|diagnostics)\/|^state\/(reducer|store|transitions|actions|chat-state)\.ts$|^views\/(panel|message-list|message-view|composer|describe|diagnostics-view|notices|markdown-view|copy-code|chat-icons|feedback-form)\.ts$/;
  assert.deepEqual([...seen].filter((m) => chatOnly.test(m)), []);
});

test('no import cycles', () => {
  const cycles = [];
  const state = new Map();
  const visit = (module, path) => {
    if (state.get(module) === 'done') return;
    if (state.get(module) === 'active') return void cycles.push([...path.slice(path.indexOf(module)), module].join(' → '));
    state.set(module, 'active');
    for (const target of graph.get(module) ?? []) visit(target, [...path, module]);
    state.set(module, 'done');
  };
  for (const module of graph.keys()) visit(module, []);
  assert.deepEqual(cycles, []);
});

/**
 * The line limit guards the size of a file's job, not its density: every file is counted as
 * Prettier formats it (`npm run format`), so a long line cannot hide what a split should take.
 */
test('every file in src/ is as Prettier formats it (npm run format)', async () => {
  const options = await prettier.resolveConfig(join(root, 'src/index.ts'));
  assert.equal(options?.printWidth, 120);
  const unformatted = [];
  for (const [module, source] of text) {
    if ((await prettier.format(source, { ...options, filepath: join(src, module) })) !== source) unformatted.push(module);
  }
  assert.deepEqual(unformatted, []);
});

/**
 * Prettier leaves what it cannot break as it is: comments, template literals (Lit's html and css),
 * and strings. None of them is longer than 120 characters either, except a catalogue's sentence,
 * which stays one string on a line of its own (a translator reads it whole).
 */
test('no line in src/ is over 120 characters, but a sentence of the catalogue', () => {
  const long = [];
  for (const [module, source] of text) {
    source.split('\n').forEach((line, i) => {
      const sentence = module.startsWith('i18n/') && /^\s*(\w+: )?'([^'\\]|\\.)*',?$/.test(line);
      if ([...line].length > 120 && !sentence) long.push(`${module}:${i + 1}`);
    });
  }
  assert.deepEqual(long, []);
});

test('no file in src/ is over 250 lines, and the session composes its parts in under 200', () => {
  const long = [...text].filter(([, t]) => t.split('\n').length - 1 > 250).map(([m]) => m);
  assert.deepEqual(long, []);
  assert.ok(text.get('session/chat-session.ts').split('\n').length - 1 < 200);
});

/**
 * Visitor-facing words live in i18n/ only. Outside it, a string literal that reads like a
 * phrase (two or more words, starting with a capital, or ending in a full stop) is prose,
 * except in log and debug messages, Error causes for developers, CSS, and the wire constant
 * CHAT_TITLE the integration guide fixes.
 */
test('every visitor-facing English string lives in the catalogue', () => {
  const offenders = [];
  for (const [module, source] of text) {
    if (module.startsWith('i18n/') || module.startsWith('styles/')) continue;
    const lines = source.split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/^\s*(\*|\/\/|\/\*\*?).*$/, '').replace(/\/\/ .*$/, '');
      // Logs, debug reasons, close reasons and class / rel / part lists are not for visitors.
      if (/logger\.|\.warn\(|\.debug\(|\.error\(|CHAT_TITLE =|disconnect\(|close\(|Error\(|failLink\(|reason: |class=|rel=|'rel'|part=/.test(code)) return;
      // Text between tags in templates, and quoted strings.
      const candidates = [...code.matchAll(/>([^<>${}`]*[A-Za-z][^<>${}`]*)</g)].map((m) => m[1])
        .concat([...code.matchAll(/(['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2]));
      for (const candidate of candidates) {
        const words = candidate.trim();
        if (/^[A-Z][a-z]+(?:[ ,’'][a-zA-Z’']+){1,}/.test(words) || /^[A-Za-z][a-z]+(?: [a-z]+){2,}[.…]?$/.test(words)) {
          offenders.push(`${module}:${i + 1}: ${words}`);
        }
      }
    });
  }
  assert.deepEqual(offenders, []);
});

test('the documented --miptech-chat-* custom properties are exactly those the stylesheet reads', () => {
  const documented = new Set([...text.get('chat-attributes.ts').matchAll(/@cssprop (--miptech-chat-[a-z-]+)/g)].map((m) => m[1]));
  const used = new Set([...text].flatMap(([, t]) => [...t.matchAll(/var\((--miptech-chat-[a-z-]+)/g)].map((m) => m[1])));
  assert.deepEqual([...documented].sort(), [...used].sort());
  // Only the tokens sheets read them (the loader's, and the chat's for what only the chat uses):
  // everything else uses the private --_* names.
  const tokenSheets = new Set(['styles/tokens.styles.ts', 'styles/chat-tokens.styles.ts']);
  const elsewhere = [...text].filter(([m, t]) => !tokenSheets.has(m) && /var\(--miptech-chat-/.test(t)).map(([m]) => m);
  assert.deepEqual(elsewhere, []);
});

test('text sizes are relative (em), so text follows the visitor\'s font size: no px font size but the 16 px touch-screen minimum', () => {
  const fixed = [];
  for (const [module, source] of text) {
    if (!module.startsWith('styles/')) continue;
    for (const [line, i] of source.split('\n').map((l, n) => [l, n + 1])) {
      if (/font(-size)?:[^;]*\d+(\.\d+)?px/.test(line) && !/font-size: max\(16px, 1em\)/.test(line) && !/font:[^;]*\d(\.\d+)?em\/\d+px/.test(line)) fixed.push(`${module}:${i}: ${line.trim()}`);
    }
  }
  assert.deepEqual(fixed, []);
});

test('space and corners come from one scale (styles/scale.ts): no pixel count of a style\'s own but a hairline, or one that says why it is off the scale', () => {
  const own = [];
  for (const [module, source] of text) {
    if (!module.startsWith('styles/')) continue;
    for (const [line, i] of source.split('\n').map((l, n) => [l, n + 1])) {
      const declaration = /^\s*((?:padding|margin|gap|row-gap|column-gap)[a-z-]*|[a-z-]*radius):([^;]*);/.exec(line);
      if (!declaration) continue;
      const counts = [...declaration[2].matchAll(/(\d+(?:\.\d+)?)px/g)].filter((m) => !['0', '1'].includes(m[1]));
      if (counts.length && !/\/\* off the scale: \S/.test(line)) own.push(`${module}:${i}: ${line.trim()}`);
    }
  }
  assert.deepEqual(own, []);
});
