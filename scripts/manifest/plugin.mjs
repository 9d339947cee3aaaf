// The custom elements manifest as a user of the package reads it (dist/custom-elements.json):
// modules at the paths that are shipped (dist/esm/…js, not src/…ts), public API only, events
// with their detail types, and each attribute's allowed values and real default, taken from the
// source (src/config/config.ts, resolve-chat-config.ts, src/events.ts, src/protocol/connection.ts),
// not written twice.
import { readFileSync } from 'node:fs';

const source = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const union = (values) => values.map((v) => `'${v}'`).join(' | ');
const listOf = (text, name) => [...new RegExp(`${name} = \\[([^\\]]*)\\]`).exec(text)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);

function facts() {
  const config = source('src/config/config.ts');
  const chatConfig = source('src/config/resolve-chat-config.ts');
  const defaults = Object.fromEntries([.../DEFAULTS = \{([^}]*)\}/.exec(config)[1].matchAll(/(\w+): '([^']+)'/g)].map((m) => [m[1], m[2]]));
  const states = [.../SocketState = \{([^}]*)\}/s.exec(source('src/protocol/connection.ts'))[1].matchAll(/\w+: '([^']+)'/g)].map((m) => m[1]);
  const events = Object.fromEntries([...source('src/events.ts').matchAll(/'(miptech-[\w-]+)': (CustomEvent<[^;]+>);/g)].map((m) => [m[1], m[2]]));
  return {
    events,
    /** Field → what the manifest says of it, where TypeScript's `string | null` says too little. */
    fields: {
      tenantId: { default: `'${defaults.tenantId}'` },
      apiUrl: { default: 'the origin the script came from, else \'http://localhost:8000\'' },
      wsUrl: { default: '`api-url` with http→ws, https→wss' },
      heading: { default: '\'MIPTech AI Assistant\', in the visitor\'s language' },
      position: { type: union(listOf(config, 'POSITIONS')), default: `'${defaults.position}'` },
      theme: { type: union(listOf(config, 'THEMES')), default: `'${defaults.theme}'` },
      mode: { type: union(listOf(config, 'MODES')), default: `'${defaults.mode}'` },
      pageUrl: { type: "'path' | 'full'", default: "'path'" },
      launcher: { type: union(listOf(config, 'LAUNCHERS')), default: "'default'" },
      consent: { type: union(listOf(chatConfig, 'CONSENTS')), default: "'none'" },
      consentNotice: { default: 'the catalogue\'s notice, in the visitor\'s language' },
      primaryColor: { default: "'#2563eb'" },
      greeting: { default: 'a short hello, in the visitor\'s language' },
      imageOrigins: { default: 'the origin of `api-url`' },
      connectionState: { type: union(states), readonly: true },
    },
  };
}

/** Members of the element that are public in JavaScript but not API: a test hook. */
const INTERNAL = new Set(['ports']);
const shipped = (path) => path?.replace(/^src\/(.*)\.ts$/, 'dist/esm/$1.js');

export function miptechManifest() {
  return {
    name: 'miptech-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const { events, fields } = facts();
      for (const mod of manifest.modules) {
        mod.path = shipped(mod.path);
        for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = shipped(exp.declaration.module);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = shipped(decl.superclass.module);
          decl.members = decl.members?.filter((m) => (m.privacy ?? 'public') === 'public' && !INTERNAL.has(m.name) && !m.name.startsWith('#'));
          for (const member of decl.members ?? []) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
            // An initializer that is code (a promise, a function) is no default a user can read.
            if (/=>|^new |^registerStrings$/.test(member.default ?? '')) delete member.default;
            const fact = fields[member.name];
            if (!fact || member.kind !== 'field') continue;
            if (fact.type) member.type = { text: fact.type };
            if (fact.default) member.default = fact.default;
            if (fact.readonly) member.readonly = true;
          }
          for (const attr of decl.attributes ?? []) {
            const fact = fields[attr.fieldName];
            if (attr.inheritedFrom?.module) attr.inheritedFrom.module = shipped(attr.inheritedFrom.module);
            if (fact?.type) attr.type = { text: fact.type };
            if (fact?.default) attr.default = fact.default;
          }
          for (const event of decl.events ?? []) if (events[event.name]) event.type = { text: events[event.name] };
        }
      }
    },
  };
}
