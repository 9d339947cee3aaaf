// The build's patches to its dependencies (scripts/rollup/patches.mjs) each search the installed
// file for a string: run each on the file it patches, so an upgrade that moves the string fails
// here, by name, and not only as a build error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TRUSTED_TYPES_POLICY, kyTerseChecks, kyWithoutProgress, litPolicyName } from '../../scripts/rollup/patches.mjs';

/** An installed package's folder (node_modules, as the build resolves it). */
const packageDir = (name) => fileURLToPath(new URL(`../../node_modules/${name}`, import.meta.url));
/** Runs a plugin's transform as rollup would, failing the test on the plugin's own error. */
const transform = (plugin, file) => {
  const context = { error: (message) => assert.fail(`${plugin.name}: ${message}`) };
  const out = plugin.transform.call(context, readFileSync(file, 'utf8'), file);
  assert.ok(out, `${plugin.name} did not patch ${file}`);
  return out.code;
};

test('ky loses its download-progress stream, and its call checks speak briefly', () => {
  const ky = join(packageDir('ky'), 'distribution/core/Ky.js');
  assert.doesNotMatch(transform(kyWithoutProgress, ky), /_stream\(response, onDownloadProgress\)/);
  for (const file of [ky, join(packageDir('ky'), 'distribution/utils/merge.js'), join(packageDir('ky'), 'distribution/utils/normalize.js')]) {
    assert.match(transform(kyTerseChecks, file), /'ky: invalid call'/);
  }
});

test('Lit makes its Trusted Types policy under the widget’s name', () => {
  const code = transform(litPolicyName, join(packageDir('lit-html'), 'lit-html.js'));
  assert.ok(code.includes(`createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}`));
  assert.ok(!code.includes('createPolicy("lit-html"'));
});
