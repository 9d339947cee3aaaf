// The hashed names the chunks' build gives the chat and each language's words, handed to the
// loader's build, which runs after it (rollup.config.mjs lists them in that order): one object
// both plugins share, made for the two builds, rather than globals that depend on build order.
import { dirname, resolve } from 'node:path';

/** `remember` (in the chunks' build) learns the names; `inject` (in the loader's) writes them in. */
export function chunkNames(locales) {
  /** What the chunks' build learned, for the loader's build: null until it ran. */
  const learned = { chatChunk: null, localeHashes: null };
  const remember = {
    name: 'remember-chunk',
    generateBundle(_, bundle) {
      const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
      learned.chatChunk = entries.find((c) => c.name === 'chat').fileName;
      // The loader rebuilds each name from its hash (load-words.script.ts): fewer bytes on every page.
      learned.localeHashes = Object.fromEntries(
        locales.map((code) => {
          const { fileName } = entries.find((c) => c.name === `locale-${code}`);
          const hash = fileName.slice(`miptech-chat.locale-${code}-`.length, -'.js'.length);
          if (fileName !== `miptech-chat.locale-${code}-${hash}.js`) this.error(`unexpected name ${fileName}: update load-words.script.ts`);
          return [code, hash];
        }),
      );
    },
  };
  /** In the script-tag build, the chat and the page's language come from next to the script (load-chat.script.ts, i18n/load-words.script.ts). */
  const inject = {
    name: 'load-chat-from-script',
    resolveId(source, importer) {
      if (source === './load-chat.js' && importer && dirname(importer) === resolve('src')) return resolve('src/load-chat.script.ts');
      if (source === '../i18n/load-words.js' && importer) return resolve('src/i18n/load-words.script.ts');
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('load-chat.script.ts') && !id.endsWith('load-words.script.ts')) return null;
      if (!learned.chatChunk) this.error('the chat chunk must be built before the loader');
      return code.replaceAll("'__CHAT_CHUNK__'", JSON.stringify(learned.chatChunk)).replaceAll("'__LOCALE_HASHES__'", JSON.stringify(learned.localeHashes));
    },
  };
  return { remember, inject };
}
