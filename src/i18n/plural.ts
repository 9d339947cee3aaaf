/** Plural forms for the chat's words (the loader's few need none, so this arrives with the chat). */
import { format, text, type Format } from './term.js';

/** `{count, plural, one {# row} other {# rows}}`: the ICU plural form, for a number. */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=?\w+)\s*\{([^{}]*)\}/g;

/**
 * `format`, and also `{name, plural, one {…} other {…}}`: the language's plural form
 * (`Intl.PluralRules`; `=0` matches exactly; `#` is the number). The chat's words use it; the
 * loader's few need none.
 */
export const formatPlural: Format = (template, params = {}, lang) =>
  format(
    template.replace(PLURAL, (whole, name: string, cases: string) => {
      const n = Number(params[name]);
      if (!(name in params) || Number.isNaN(n)) return whole;
      const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1], m[2]]));
      const form = forms.get(`=${n}`) ?? forms.get(new Intl.PluralRules(lang).select(n)) ?? forms.get('other') ?? '';
      return form.replace(/#/g, text(n, lang));
    }),
    params,
    lang,
  );

