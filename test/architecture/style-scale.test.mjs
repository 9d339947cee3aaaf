// The style scale (src/styles/scale.ts) is written into the styles by the build
// (scripts/rollup/minify-templates.mjs): what it writes, and that a call it cannot read stops the
// build rather than shipping a style without its value.
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { test } from 'node:test';
import { RADII, SPACE_STEPS, minifyTemplates } from '../../scripts/rollup/minify-templates.mjs';

const plugin = minifyTemplates();
/** The plugin parses with rollup's own parser, as in the build. */
const context = { parse: (code) => parseAst(code) };
const build = (code) => plugin.transform.call(context, code, '/work/src/styles/x.ts')?.code ?? code;

test('the build reads the scale as src/styles/scale.ts defines it', () => {
  assert.deepEqual(SPACE_STEPS, [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  assert.deepEqual(RADII, { xs: '4px', s: '6px', m: '8px', l: '12px', xl: '16px', pill: '999px' });
});

test('space(step) and radius(size) in a style become their values, joined with the text around them (a block drops its last semicolon)', () => {
  const out = build("const s = css`\n  .a {\n    padding: ${space(2.5)} ${space(3.5)};\n    margin: auto -${space(3)};\n    border-radius: ${radius('xl')};\n  }\n`;");
  assert.equal(out, 'const s = css` .a{padding:10px 14px;margin:auto -12px;border-radius:16px}`;');
});

test('a call the build cannot read stops it: a step off the scale, a size it has not, a variable', () => {
  assert.throws(() => build('css`a{gap:${space(7)}}`'), /space\(…\) in a style takes one literal on the scale/);
  assert.throws(() => build("css`a{border-radius:${radius('huge')}}`"), /radius\(…\)/);
  assert.throws(() => build('css`a{gap:${space(n)}}`'), /space\(…\)/);
});

test('outside a style, a function of that name is left alone', () => {
  assert.equal(build('const gap = space(2); html`<p>${space(2)}</p>`;'), 'const gap = space(2); html`<p>${space(2)}</p>`;');
});
