// Editor autocompletion, generated from dist/custom-elements.json after `cem analyze`:
// dist/vscode.html-custom-data.json (VS Code's html.customData) and dist/web-types.json
// (JetBrains IDEs). Attributes with their allowed values, events, and the element's docs.
import { readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** `'a' | 'b'` → ['a', 'b']; anything else → []. */
const valuesOf = (type) => (/^'[^']*'( \| '[^']*')*$/.test(type ?? '') ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]) : []);

const vscode = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: el.description,
    attributes: el.attributes.map((a) => {
      const values = valuesOf(a.type?.text);
      return {
        name: a.name,
        description: `${a.description ?? ''}${a.default ? `\n\nDefault: ${a.default}` : ''}`.trim(),
        ...(values.length ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};
writeFileSync(new URL('vscode.html-custom-data.json', dist), `${JSON.stringify(vscode, null, 2)}\n`);

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: el.description,
        attributes: el.attributes.map((a) => {
          const values = valuesOf(a.type?.text);
          return {
            name: a.name,
            description: a.description,
            ...(a.default ? { default: a.default } : {}),
            value: values.length ? { type: 'enum', kind: 'plain' } : { type: a.type?.text ?? 'string', kind: a.type?.text === 'boolean' ? 'no-value' : 'plain' },
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        events: el.events.map((e) => ({ name: e.name, description: e.description, type: e.type?.text })),
        js: {
          properties: el.members.filter((m) => m.kind === 'field').map((m) => ({ name: m.name, description: m.description, type: m.type?.text })),
          events: el.events.map((e) => ({ name: e.name, description: e.description })),
        },
      })),
    },
  },
};
writeFileSync(new URL('web-types.json', dist), `${JSON.stringify(webTypes, null, 2)}\n`);
