// The package as React and Vue apps use it (issue 12): a React 19 + Vite + TypeScript app and a
// Vue 3 + Vite app, each with the packed tarball installed, are type-checked in strict mode and
// built (test/fixtures/). The built React app is then driven in the browser by
// test/integration/react-app.test.ts. Also: the package's subpaths resolve, and importing them
// on a server does not crash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, '.fixtures');
const bin = (name) => join(root, 'node_modules/.bin', name);
const built = existsSync(join(root, 'dist/miptech-chat.js')) && existsSync(join(root, 'dist/types/index.d.ts'));
const skip = !built && 'run npm run build first';

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * A fixture app in .fixtures/, with the packed tarball unpacked into its node_modules as npm
 * would. Each fixture has a package.json of its own: without one, TypeScript and Node would
 * resolve `miptech-chat` to this repository (a package may import itself by name), not the tarball.
 */
function app(name, tarball) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'test/fixtures', name), dir, { recursive: true });
  const target = join(dir, 'node_modules/miptech-chat');
  mkdirSync(target, { recursive: true });
  const unpacked = run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  assert.ok(unpacked.ok, unpacked.output);
  return dir;
}

let tarball = '';
before(() => {
  if (!built) return;
  mkdirSync(work, { recursive: true });
  for (const f of readdirSync(work)) if (f.endsWith('.tgz')) rmSync(join(work, f));
  const packed = run('npm', ['pack', '--silent', '--pack-destination', work]);
  assert.ok(packed.ok, packed.output);
  tarball = join(work, packed.output.trim().split('\n').pop());
});

/**
 * Type-checks a fixture; then again with one binding made wrong (by default `position="top-middle"`),
 * which must fail with `expected` in the output; then restores the file.
 */
function strictAndWrong(dir, file, check, wrongValue = ['position="bottom-left"', 'position="top-middle"'], expected = /top-middle/) {
  const ok = check();
  assert.ok(ok.ok, ok.output);
  const path = join(dir, file);
  const good = readFileSync(path, 'utf8');
  writeFileSync(path, good.replace(...wrongValue));
  const wrong = check();
  writeFileSync(path, good);
  assert.ok(!wrong.ok && expected.test(wrong.output), wrong.output);
}

const viteBuild = (dir) => run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', dir]);

test('the tarball holds the build, the manifest, editor data, the licence and the changelog, and no source', { skip }, () => {
  const list = run('tar', ['-tzf', tarball]).output.split('\n');
  for (const file of ['package/dist/miptech-chat.js', 'package/dist/esm/index.js', 'package/dist/esm/react.js', 'package/dist/types/react.d.ts', 'package/dist/types/vue.d.ts', 'package/dist/custom-elements.json', 'package/dist/vscode.html-custom-data.json', 'package/dist/web-types.json', 'package/LICENSE', 'package/CHANGELOG.md', 'package/README.md']) {
    assert.ok(list.includes(file), `${file} in the tarball`);
  }
  assert.deepEqual(list.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/')), []);
});

test('React 19 + Vite: strict tsc passes (the component, a ref, typed events, the bare tag in JSX) and a wrong value fails; the app builds', { skip }, () => {
  const dir = app('react-app', tarball);
  // A value the element does not take is a type error, in the bare tag too.
  strictAndWrong(dir, 'src/main.tsx', () => run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]));
  const build = viteBuild(dir);
  assert.ok(build.ok, build.output);
  assert.ok(existsSync(join(dir, 'dist/index.html')));
});

test('Vue 3 + Vite: vue-tsc with strictTemplates passes and :starter-prompts="42" fails; the app builds', { skip }, () => {
  const dir = app('vue-app', tarball);
  const vueTsc = () => run(bin('vue-tsc'), ['-p', join(dir, 'tsconfig.json')]);
  strictAndWrong(dir, 'src/App.vue', vueTsc, [':starter-prompts="prompts"', ':starter-prompts="42"'], /not assignable to type 'string\[\]'/);
  const build = viteBuild(dir);
  assert.ok(build.ok, build.output);
});

test('on a server: every subpath resolves, and importing the package or its script-tag file does not crash', { skip }, () => {
  const dir = existsSync(join(work, 'react-app/node_modules/miptech-chat')) ? join(work, 'react-app') : app('react-app', tarball);
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    require.resolve('miptech-chat/package.json');
    require.resolve('miptech-chat/custom-elements.json');
    await import('miptech-chat');
    await import('miptech-chat/miptech-chat.js');
    await import('miptech-chat/vue');
    console.log('ok');`;
  writeFileSync(join(dir, 'ssr.mjs'), script);
  const result = run(process.execPath, [join(dir, 'ssr.mjs')], dir);
  assert.ok(result.ok && /ok/.test(result.output), result.output);
});

test('Svelte 5: svelte-check passes with miptech-chat/svelte (attributes, a property, an event, bind:this), and a wrong position fails', { skip }, () => {
  const dir = app('svelte-app', tarball);
  strictAndWrong(dir, 'src/App.svelte', () => run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human'], dir));
});

test('Solid: strict tsc passes with miptech-chat/solid (attributes, prop:, ref), and a wrong position fails', { skip }, () => {
  const dir = app('solid-app', tarball);
  strictAndWrong(dir, 'src/main.tsx', () => run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]));
});

test('Angular: the README\'s standalone component with CUSTOM_ELEMENTS_SCHEMA type-checks strictly against the package', { skip }, () => {
  const dir = app('angular-app', tarball);
  const checked = run(bin('tsc'), ['-p', join(dir, 'tsconfig.json')]);
  assert.ok(checked.ok, checked.output);
});
