/**
 * Which language the widget speaks, and which way it reads. Pure: the element's controller
 * (controllers/locale-controller.ts) gives it the tags it found on the page.
 */

/** The languages the widget ships words for (src/i18n/locales/; English is built in). */
export const SHIPPED_LOCALES = ['es', 'fr', 'de', 'pt', 'ar', 'he', 'ja', 'zh'] as const;
export type ShippedLocale = (typeof SHIPPED_LOCALES)[number];

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left (the first subtag of a tag). */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku|ps|sd|ug|ur|yi)$/;

/** A tag in its canonical form ('PT-br' → 'pt-BR'), or null for one that is not a language tag. */
export function canonicalTag(tag: string | null | undefined): string | null {
  try {
    return tag ? (Intl.getCanonicalLocales(tag.trim())[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** 'zh-Hans-CN' → ['zh-Hans-CN', 'zh-Hans', 'zh']: the tag, then each shorter prefix. */
export function tagChain(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

export const shippedFor = (tag: string): ShippedLocale | undefined =>
  SHIPPED_LOCALES.find((code) => code === tag.split('-')[0].toLowerCase());

/**
 * The tag to speak: the one the page declares (on the element, else up the tree) if the widget
 * has words for it or a prefix of it; a page that declares a language the widget lacks gets
 * English, not the browser's language. Only a page that declares none gets the first of the
 * visitor's browser languages the widget knows. Else English.
 */
export function chooseLocale(
  declared: string | null,
  browser: readonly string[],
  known: (tag: string) => boolean,
): string {
  const speaks = (tag: string | null) => tag !== null && (tag.split('-')[0] === 'en' || tagChain(tag).some(known));
  if (declared !== null && declared.trim()) {
    const tag = canonicalTag(declared);
    return tag && speaks(tag) ? tag : 'en';
  }
  return browser.map(canonicalTag).find(speaks) ?? 'en';
}

/** `dir` as declared ('ltr' or 'rtl'; 'auto' and others count as none), else the language's. */
export function chooseDirection(declared: string | null, lang: string): Direction {
  const dir = declared?.trim().toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') return dir;
  return RTL.test(lang.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
