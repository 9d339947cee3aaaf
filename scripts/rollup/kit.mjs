// The kit: what the loader lends the chat chunk (a few modules of ours), so a page holds one copy
// (src/load-chat.script.ts puts it on globalThis under the version's key).
import { dirname, relative, resolve } from 'node:path';

/**
 * The chunk's imports of the few modules of ours the loader holds too (SHARED_SRC) become reads
 * from the kit the loader put on globalThis (under this version's key) before importing the
 * chunk: the page holds one copy, and an import of a name the kit lacks fails the build.
 * Lit is not in the kit: the loader draws with the DOM, and Lit arrives with the chat, bundled
 * in its chunk, so no Lit internal (`_$LH`) is ever on a global where any script on the page
 * could make TrustedHTML with it under the widget's policy.
 */
export const KIT = {
  // Our own modules the loader already holds: the events, filling in words, the message limit and its offer.
  'src/events.ts': ['EVENTS', 'emit'],
  'src/i18n/term.ts': ['format', 'text'],
  'src/state/message-limit.ts': ['MAX_MESSAGE_CHARS', 'checkMessage'],
  'src/offer-message.ts': ['offerMessage'],
  'src/config/resolve-config.ts': ['blank', 'parseUrl', 'problemList', 'resolveConfig', 'schemeList'],
  // And the × icon's path, which both draw.
  'src/styles/sheet.ts': ['sheet', 'adoptSheets'],
  'src/views/icon-paths.ts': ['CLOSE_PATH'],
  // And the browser's mark that the widget stored something (the loader asks, the chat marks).
  'src/ports/stored-mark.ts': ['mark'],
};
/**
 * The page's holder for one version of the widget (an expression): the loader makes it, with its
 * kit (src/load-chat.script.ts); the chunks also share what they import from each other there
 * (import-again.mjs).
 */
export const holderOf = (version) => `globalThis[Symbol.for(${JSON.stringify(`miptech-chat@${version}`)})]`;
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
    return null;
  },
  load(id) {
    // The kit is read from globalThis once; each shared module takes its names from that read.
    if (id === KIT_ITSELF) return `export const kit = ${holderOf(version)}.kit;\n`;
    if (!id.startsWith('\0kit:')) return null;
    const names = KIT[id.slice(5)];
    return `import { kit } from ${JSON.stringify(KIT_ITSELF)};\n${names.map((n) => `export const ${n} = kit.${n};`).join('\n')}\n`;
  },
});
