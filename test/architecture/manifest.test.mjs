// The custom elements manifest (dist/custom-elements.json, npm run build) says what the README
// says: the same attributes and properties with the same defaults, the same events, parts and
// custom properties; it points at shipped files and lists public API only.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const file = `${root}dist/custom-elements.json`;
const built = existsSync(file);
const skip = !built && 'run npm run build first';
const manifest = built ? JSON.parse(readFileSync(file, 'utf8')) : { modules: [] };
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'miptech-chat');
const readme = readFileSync(`${root}README.md`, 'utf8');
const section = (heading) => readme.slice(readme.indexOf(heading), readme.indexOf('\n#', readme.indexOf(heading) + heading.length));
const cells = (row) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
const code = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

test('the manifest points at files the package ships, and every one is there after the build', { skip }, () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/esm\/.+\.js$/, mod.path);
    assert.ok(existsSync(`${root}${mod.path}`), `${mod.path} is built`);
    assert.ok(pkg.files.some((f) => mod.path.startsWith(f)), `${mod.path} is in package.json files`);
  }
});

test('attributes and properties: the README table and the manifest list the same, with the same defaults', { skip }, () => {
  const rows = section('### Attributes').split('\n').filter((l) => l.startsWith('| `')).map(cells);
  const documented = rows.map(([attribute, property]) => [code(attribute)[0], code(property)[0]]).sort();
  const declared = element.attributes.map((a) => [a.name, a.fieldName]).sort();
  assert.deepEqual(declared, documented);
  for (const [attribute, , defaultCell] of rows) {
    const field = element.members.find((m) => m.name === element.attributes.find((a) => a.name === code(attribute)[0]).fieldName);
    const literal = /^'([^']*)'/.exec(field.default ?? '')?.[1];
    if (literal) assert.ok(defaultCell.includes(literal), `${code(attribute)[0]}: the README says ${defaultCell}, the manifest ${field.default}`);
    if (field.default === 'false') assert.equal(defaultCell, 'off', code(attribute)[0]);
  }
});

test('events: the README table and the manifest list the same, each with its detail type', { skip }, () => {
  const documented = section('### JavaScript API and events').split('\n').filter((l) => l.startsWith('| `miptech')).flatMap((l) => code(cells(l)[0])).sort();
  assert.deepEqual(element.events.map((e) => e.name).sort(), documented);
  for (const event of element.events) assert.match(event.type.text, /^CustomEvent<.+>$/, event.name);
});

test('parts and custom properties: the README lists the same as the manifest', { skip }, () => {
  const styling = section('### Styling');
  const parts = styling.slice(styling.indexOf('**parts**'), styling.indexOf('\n- **', styling.indexOf('**parts**')));
  const partNames = code(parts).map((p) => p.replace(/^::part\((.+)\)$/, '$1'));
  assert.deepEqual(element.cssParts.map((p) => p.name).sort(), partNames.sort());
  const props = styling.slice(styling.indexOf('**custom properties**'), styling.indexOf('\n- **', styling.indexOf('**custom properties**')));
  const propNames = code(props).map((p) => (p.startsWith('--') ? p : `--miptech-chat${p}`));
  assert.deepEqual(element.cssProperties.map((p) => p.name).sort(), propNames.sort());
});

test('public API only: no test hook, no private member; connectionState is read-only; allowed values are unions', { skip }, () => {
  const names = element.members.map((m) => m.name);
  assert.ok(!names.includes('ports'), 'ports is a test hook');
  assert.deepEqual(element.members.filter((m) => m.privacy && m.privacy !== 'public'), []);
  assert.equal(element.members.find((m) => m.name === 'connectionState').readonly, true);
  assert.equal(element.members.find((m) => m.name === 'position').type.text, "'bottom-right' | 'bottom-left'");
  for (const method of ['show', 'hide', 'toggle', 'send', 'retry', 'clear']) assert.ok(names.includes(method), method);
});

test('the frameworks\' typings (src/framework-types.ts) list every attribute a template may write', { skip }, () => {
  const source = readFileSync(`${root}src/framework-types.ts`, 'utf8');
  const typed = [...source.matchAll(/^\s+'?([a-z-]+)'?\?:/gm)].map((m) => m[1]).sort();
  const writable = element.attributes.filter((a) => !element.members.find((m) => m.name === a.fieldName)?.readonly).map((a) => a.name).sort();
  assert.deepEqual(typed, writable);
});

test('the React component listens to every event the element fires (src/react.ts)', { skip }, () => {
  const source = readFileSync(`${root}src/react.ts`, 'utf8');
  const mapped = [...source.matchAll(/on\w+: '(miptech-[\w-]+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(mapped, element.events.map((e) => e.name).sort());
});
