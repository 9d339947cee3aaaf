// The build's patches to its dependencies (scripts/rollup/patches.mjs) each search the installed
// file for a string: run each on the file it patches, so an upgrade that moves the string fails
// here, by name, and not only as a build error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TRUSTED_TYPES_POLICY, kyTerseChecks, kyWithoutProgress, kyWithoutStreamProbe, litPolicyFromLoader } from '../../scripts/rollup/patches.mjs';

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

test('ky probes no request stream when it loads: it takes the answer to be no, and keeps the rest of its constants', () => {
  const code = transform(kyWithoutStreamProbe, join(packageDir('ky'), 'distribution/core/constants.js'));
  assert.match(code, /^export const supportsRequestStreams = false;$/m);
  assert.doesNotMatch(code, /ReadableStream\(\)/);
  assert.match(code, /export const supportsAbortController = /);
  assert.match(code, /export const responseTypes = /);
});

test('the chat’s Lit makes no Trusted Types policy: its templates are trusted under the loader’s, named for the widget', () => {
  const code = transform(litPolicyFromLoader, join(packageDir('lit-html'), 'lit-html.js'));
  assert.ok(!code.includes('createPolicy('), 'Lit creates no policy of its own');
  assert.match(code, /^import \{ trustedHTML as __miptechTrusted \} from ".*src[\\/]chat[\\/]trusted-policy\.ts";$/m);
  assert.ok(code.includes('s?{createHTML:__miptechTrusted}:void 0'));
  const loader = readFileSync(new URL('../../src/load-chat.script.ts', import.meta.url), 'utf8');
  assert.ok(loader.includes(`createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY).replaceAll('"', "'")}`), 'the loader creates the policy under its name');
});
