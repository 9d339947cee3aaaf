// The kit: what the loader lends the chat chunk (Lit's public tags and a few modules of ours), so
// a page holds one copy (src/load-chat.script.ts puts it on globalThis under the version's key).
import { dirname, relative, resolve } from 'node:path';

/**
 * The chunk's Lit imports become reads from the kit the loader put on globalThis (under this
 * version's key) before importing the chunk. Anything else from Lit fails the build, naming it.
 * So do the chunk's imports of the few modules of ours the loader holds too (SHARED_SRC): the
 * page holds one copy, and an import of a name the kit lacks fails the build.
 * The kit holds no Lit internals (`_$LH`, which directives such as `repeat` need): on a global,
 * any script on the page could make TrustedHTML with them under the widget's policy. So the chat
 * uses no directive that needs them, and importing one fails the build.
 */
export const KIT = {
  lit: ['css', 'html', 'nothing', 'svg', 'unsafeCSS'],
  // Our own modules the loader already holds: the panel's frame, the events, filling in words, the message limit and its offer.
  'src/views/panel-frame.ts': ['panelFrame', 'loadingView'],
  'src/events.ts': ['EVENTS', 'emit'],
  'src/i18n/term.ts': ['format', 'text'],
  'src/state/message-limit.ts': ['MAX_MESSAGE_CHARS', 'checkMessage'],
  'src/offer-message.ts': ['offerMessage'],
  'src/config/resolve-config.ts': ['blank', 'parseUrl', 'problemList', 'resolveConfig', 'schemeList'],
};
const KIT_ITSELF = '\0kit';
const SHARED_SRC = Object.keys(KIT).filter((k) => k.startsWith('src/'));
export const litFromKit = (version) => ({
  name: 'lit-from-kit',
  async resolveId(id, importer) {
    if (id === KIT_ITSELF) return id;
    if (id in KIT) return `\0kit:${id}`;
    if (importer && /^\.\.?\//.test(id) && !importer.includes('/node_modules/')) {
      const target = relative(process.cwd(), resolve(dirname(importer), id.replace(/\.js$/, '.ts'))).replaceAll('\\', '/');
      if (SHARED_SRC.includes(target)) return `\0kit:${target}`;
    }
    if (/^(lit|lit-html|lit-element|@lit\/)/.test(id)) this.error(`the chat chunk imports ${id}: share it through the kit (src/load-chat.script.ts and scripts/rollup/kit.mjs), never Lit's internals`);
    return null;
  },
  load(id) {
    // The kit is read from globalThis once; each shared module takes its names from that read.
    if (id === KIT_ITSELF) return `export const kit = globalThis[Symbol.for(${JSON.stringify(`miptech-chat@${version}`)})].kit;\n`;
    if (!id.startsWith('\0kit:')) return null;
    const names = KIT[id.slice(5)];
    return `import { kit } from ${JSON.stringify(KIT_ITSELF)};\n${names.map((n) => `export const ${n} = kit.${n};`).join('\n')}\n`;
  },
});
