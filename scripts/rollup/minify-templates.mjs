// Rollup plugin: collapses the whitespace of Lit templates (html`…`, svg`…`, css`…`) in our own
// code. Terser leaves template strings as written, so indentation would ship to every visitor.
// Only runs of whitespace that contain a line break are touched: in HTML they become one space
// (what the browser renders them as), in CSS they go, along with spaces around punctuation.
import MagicString from 'magic-string';

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
    .replace(/:\s+/g, ':');

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
