// Rollup plugin: collapses the whitespace of Lit templates (html`…`, svg`…`, css`…`) in our own
// code. Terser leaves template strings as written, so indentation would ship to every visitor.
// Only runs of whitespace that contain a line break are touched: in HTML they become one space
// (what the browser renders them as), in CSS they go, along with spaces around punctuation.
//
// It also writes the values of the style scale (src/styles/scale.ts) into the styles: a
// `${space(3)}` or `${radius('m')}` in a css`…` becomes `12px` or `8px`, so the scale costs
// visitors nothing. A call it cannot read (an argument that is not a literal on the scale) stops
// the build.
import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';

const scaleSource = readFileSync(new URL('../../src/styles/scale.ts', import.meta.url), 'utf8');
const radii = /RADII = \{([^}]*)\}/.exec(scaleSource);
const steps = /SpaceStep = ([\d.| ]+);/.exec(scaleSource);
if (!radii || !steps) throw new Error('src/styles/scale.ts no longer defines RADII and SpaceStep as this plugin reads them: update scripts/rollup/minify-templates.mjs');
/** `{ xs: '4px', … }`, as src/styles/scale.ts gives them. */
export const RADII = Object.fromEntries([...radii[1].matchAll(/(\w+): '([^']+)'/g)].map((m) => [m[1], m[2]]));
/** The space scale's steps (4 px each). */
export const SPACE_STEPS = steps[1].split('|').map(Number);

/** The CSS value of a `space(…)` or `radius(…)` call in a style, or undefined for any other expression. */
export function scaleValue(node) {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !['space', 'radius'].includes(node.callee.name)) return undefined;
  const [arg] = node.arguments;
  const value = node.arguments.length === 1 && arg.type === 'Literal' ? arg.value : undefined;
  if (node.callee.name === 'space' && SPACE_STEPS.includes(value)) return `${value * 4}px`;
  if (node.callee.name === 'radius' && Object.hasOwn(RADII, value)) return RADII[value];
  throw new Error(`${node.callee.name}(…) in a style takes one literal on the scale (src/styles/scale.ts)`);
}

const TAGS = new Set(['html', 'svg', 'css']);

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

const collapseHtml = (raw) => raw.replace(/\s*\n\s*/g, ' ');
const collapseCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    // A block's last declaration needs no semicolon.
    .replace(/;}/g, '}');

export function minifyTemplates({ include = /\/src\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const ast = this.parse(code);
      const s = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const collapse = node.tag.name === 'css' ? collapseCss : collapseHtml;
        if (node.tag.name === 'css') {
          for (const expression of node.quasi.expressions) {
            const value = scaleValue(expression);
            // `${` before the call and `}` after it go with it: the value joins the text around it.
            if (value !== undefined) s.overwrite(expression.start - 2, expression.end + 1, value);
          }
        }
        for (const quasi of node.quasi.quasis) {
          const raw = quasi.value.raw;
          const next = collapse(raw);
          if (next !== raw) s.overwrite(quasi.start, quasi.end, next);
        }
      });
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
