// Languages (issue 11): complete catalogues, the choice of language and direction, and words
// filled in the language's way (numbers, plurals).
import { expect } from '@open-wc/testing';
import { enChat } from '../../src/i18n/en-chat.js';
import { enOwner } from '../../src/i18n/en-owner.js';
import { en } from '../../src/i18n/en.js';
import { SHIPPED_LOCALES, chooseDirection, chooseLocale, tagChain } from '../../src/i18n/locale.js';
import { formatPlural } from '../../src/i18n/plural.js';
import { createTerm, format } from '../../src/i18n/term.js';
import { characterCount, checkMessage } from '../../src/state/message-limit.js';

const parts = async (code: string) => ({
  loader: (await import(`../../src/i18n/locales/${code}.ts`)).words as Record<string, string>,
  chat: (await import(`../../src/i18n/locales/${code}-chat.ts`)).words as Record<string, string>,
  owner: (await import(`../../src/i18n/locales/${code}-owner.ts`)).words as Record<string, string>,
});
const english = { loader: en, chat: enChat, owner: enOwner } as Record<string, Record<string, string>>;
/** The names a template fills in: `{name}` and `{name, plural, …}`, not the words inside a plural form. */
const placeholders = (template: string) => {
  const outside = template.replace(/(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, '');
  return [...new Set([...outside.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
};

describe('catalogues', () => {
  for (const code of SHIPPED_LOCALES) {
    it(`${code}: exactly the English keys, each with the same {placeholders}`, async () => {
      const words = await parts(code);
      for (const part of ['loader', 'chat', 'owner'] as const) {
        expect(Object.keys(words[part]).sort(), `${code} ${part} keys`).to.deep.equal(Object.keys(english[part]).sort());
        for (const [key, template] of Object.entries(english[part])) {
          expect(placeholders(words[part][key]), `${code}.${key}`).to.deep.equal(placeholders(template));
          expect(words[part][key].trim(), `${code}.${key} is not empty`).not.to.equal('');
        }
      }
    });
  }

  it('every plural has an `other` form, which every language needs', async () => {
    for (const code of ['en', ...SHIPPED_LOCALES]) {
      const all = code === 'en' ? { ...en, ...enChat, ...enOwner } : Object.assign({}, ...Object.values(await parts(code)));
      for (const [key, template] of Object.entries(all as Record<string, string>)) {
        for (const plural of template.matchAll(/\{\w+, plural,([^}]*\}(?:\s*=?\w+\s*\{[^{}]*\})*)\s*\}/g)) {
          expect(plural[1], `${code}.${key}`).to.match(/other\s*\{/);
        }
      }
    }
  });
});

describe('which language', () => {
  const known = (tag: string) => ['de', 'pt', 'ar', 'it'].includes(tag);

  it('a tag falls back along itself: pt-BR → pt, zh-Hans-CN → zh-Hans → zh', () => {
    expect(tagChain('pt-BR')).to.deep.equal(['pt-BR', 'pt']);
    expect(tagChain('zh-Hans-CN')).to.deep.equal(['zh-Hans-CN', 'zh-Hans', 'zh']);
  });

  it('the declared language first (its prefix will do), then English; the browser only when the page declares none', () => {
    expect(chooseLocale('pt-br', ['de'], known)).to.equal('pt-BR');
    expect(chooseLocale('DE', [], known)).to.equal('de');
    expect(chooseLocale('sv', ['de'], known), 'a page in a language the widget lacks gets English').to.equal('en');
    expect(chooseLocale('en-GB', ['de'], known)).to.equal('en-GB');
    expect(chooseLocale(null, ['sv-SE', 'de-AT', 'en'], known)).to.equal('de-AT');
    expect(chooseLocale('', ['ar'], known)).to.equal('ar');
    expect(chooseLocale(null, ['xx-invalid-tag-!!'], known)).to.equal('en');
    expect(chooseLocale(null, [], known)).to.equal('en');
  });

  it('direction: a declared ltr or rtl, else the language’s', () => {
    expect(chooseDirection(null, 'ar')).to.equal('rtl');
    expect(chooseDirection(null, 'he-IL')).to.equal('rtl');
    expect(chooseDirection(null, 'de')).to.equal('ltr');
    expect(chooseDirection('ltr', 'ar')).to.equal('ltr');
    expect(chooseDirection('RTL', 'en')).to.equal('rtl');
    expect(chooseDirection('auto', 'ar'), '`auto` declares nothing').to.equal('rtl');
  });
});

describe('words filled in the language’s way', () => {
  it('numbers through Intl', () => {
    expect(format('{count} / {max}', { count: 4001, max: 4000 }, 'en')).to.equal('4,001 / 4,000');
    expect(format('{count} / {max}', { count: 4001, max: 4000 }, 'de')).to.equal('4.001 / 4.000');
    expect(format('Open {title}', { title: 'Chat' }, 'en')).to.equal('Open Chat');
    expect(format('{unknown} stays', {}, 'en')).to.equal('{unknown} stays');
  });

  it('plural forms through Intl.PluralRules, in English, Arabic and Japanese', () => {
    const rows = '{count, plural, =0 {none} one {# row} other {# rows}}';
    expect(formatPlural(rows, { count: 0 }, 'en')).to.equal('none');
    expect(formatPlural(rows, { count: 1 }, 'en')).to.equal('1 row');
    expect(formatPlural(rows, { count: 1200 }, 'en')).to.equal('1,200 rows');
    const ar = '{n, plural, zero {z} one {o} two {t} few {f#} many {m#} other {x#}}';
    expect([0, 1, 2, 3, 11, 100].map((n) => formatPlural(ar, { n }, 'ar-u-nu-latn'))).to.deep.equal(['z', 'o', 't', 'f3', 'm11', 'x100']);
    expect(formatPlural('{n, plural, other {# 行}}', { n: 1 }, 'ja')).to.equal('1 行');
  });

  it('a lookup takes the first layer with the key, and shows a missing key as itself', () => {
    const t = createTerm('en', [{ retry: 'Again' }, null, en], formatPlural);
    expect(t('retry')).to.equal('Again');
    expect(t('chatLoading')).to.equal('Loading the chat…');
    expect(t('copied')).to.equal('copied');
  });
});

describe('the character counter', () => {
  it('counts what a person counts: an emoji, a family, a flag, a keycap or an accented letter is one', () => {
    const cases: [string, number][] = [['abc', 3], ['👍', 1], ['👍🏽', 1], ['👨‍👩‍👧', 1], ['❤️', 1], ['e\u0301', 1], ['🇩🇪🇫🇷', 2], ['1️⃣', 1], ['שלום', 4], ['日本語', 3], ['', 0]];
    for (const [text, count] of cases) expect(characterCount(text), JSON.stringify(text)).to.equal(count);
  });

  it('the limit is in those characters: 4,000 emoji pass, 4,001 do not', () => {
    expect(checkMessage('😀'.repeat(4000)).ok).to.equal(true);
    expect(checkMessage('😀'.repeat(4001))).to.deep.equal({ ok: false, problem: 'too-long', length: 4001 });
    expect(characterCount('x'.repeat(1_000_000))).to.equal(1_000_000);
  });
});
