// Each language's chat and site-owner words ship without their keys, as values in the order of
// the English catalogue's keys (scripts/rollup/keyless-words.mjs), in the script-tag build and
// the ES module build. Here the built files, run beside the built chat they take those keys
// from, give back each source's words, key for key. The sources imported below are words only:
// the built script still defines the tag (the ES modules imported here define none).
import { expect } from '@open-wc/testing';
import { scriptTagWidget, until, usePlatform, $ } from '../../testing/built-widget.js';
import * as ar from '../../src/i18n/locales/ar-chat.js';
import * as de from '../../src/i18n/locales/de-chat.js';
import * as es from '../../src/i18n/locales/es-chat.js';
import * as fr from '../../src/i18n/locales/fr-chat.js';
import * as he from '../../src/i18n/locales/he-chat.js';
import * as ja from '../../src/i18n/locales/ja-chat.js';
import * as pt from '../../src/i18n/locales/pt-chat.js';
import * as zh from '../../src/i18n/locales/zh-chat.js';
import * as arOwner from '../../src/i18n/locales/ar-owner.js';
import * as deOwner from '../../src/i18n/locales/de-owner.js';
import * as esOwner from '../../src/i18n/locales/es-owner.js';
import * as frOwner from '../../src/i18n/locales/fr-owner.js';
import * as heOwner from '../../src/i18n/locales/he-owner.js';
import * as jaOwner from '../../src/i18n/locales/ja-owner.js';
import * as ptOwner from '../../src/i18n/locales/pt-owner.js';
import * as zhOwner from '../../src/i18n/locales/zh-owner.js';

type Words = Record<string, string>;
const SOURCES: Record<string, { chat: Words; owner: Words }> = {
  ar: { chat: ar.words, owner: arOwner.words },
  de: { chat: de.words, owner: deOwner.words },
  es: { chat: es.words, owner: esOwner.words },
  fr: { chat: fr.words, owner: frOwner.words },
  he: { chat: he.words, owner: heOwner.words },
  ja: { chat: ja.words, owner: jaOwner.words },
  pt: { chat: pt.words, owner: ptOwner.words },
  zh: { chat: zh.words, owner: zhOwner.words },
};

const platform = usePlatform();

/**
 * The built language file at `url` gives `source`'s words, key for key, and carries none of its
 * keys: as an object's key, one follows `{` or `,` (minified) or opens a line (not), and comes
 * before `:`.
 */
async function expectKeyless(url: string, source: Words): Promise<void> {
  const text = await (await fetch(url)).text();
  const built = ((await import(url)) as { words: Words }).words;
  expect(built, `${url}: its words`).to.deep.equal(source);
  const keyed = Object.keys(source).filter((key) => new RegExp(`(^\\s+|[{,])["']?${key}["']?:`, 'm').test(text));
  expect(keyed, `${url}: keys it carries`).to.deep.equal([]);
}

describe('the built language files', () => {
  it('give each language’s chat and site-owner words, key for key, without carrying the keys', async function () {
    this.timeout(40_000);
    // With `debug`, the chat fetches the site owner's chunk too: the owner's words take their keys from it.
    const el = await scriptTagWidget('plain', platform.url(), { debug: '' });
    el.show();
    await until(() => $(el, 'textarea') !== null && $(el, '.diagnostics') !== null, 'the chat and the site owner’s view');
    // Next to the chat this page runs, so the files take their keys from that very chunk (and the
    // owner's chunk), as the page holds them (scripts/rollup/import-again.mjs).
    const chunk = performance.getEntriesByType('resource').find((e) => /miptech-chat\.chat-[\w-]+\.js$/.test(e.name))!.name;
    const folder = chunk.slice(0, chunk.lastIndexOf('/') + 1);
    const { files } = (await (await fetch('/dist/served-files.json')).json()) as { files: string[] };
    for (const [code, source] of Object.entries(SOURCES)) {
      for (const part of ['chat', 'owner'] as const) {
        const file = files.find((f) => new RegExp(`^miptech-chat\\.locale-${code}-${part}-[\\w-]+\\.js$`).test(f))!;
        await expectKeyless(folder + file, source[part]);
      }
    }
    el.remove();
  });

  it('in the ES module build too (a bundler splits them the same way)', async function () {
    this.timeout(40_000);
    for (const [code, source] of Object.entries(SOURCES)) {
      for (const part of ['chat', 'owner'] as const) await expectKeyless(`/dist/esm/i18n/locales/${code}-${part}.js`, source[part]);
    }
  });
});
