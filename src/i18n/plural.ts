/** Plural forms, times and days for the chat's words (the loader's few need none, so this arrives with the chat). */
import { format, text, type Format } from './term.js';

/** `{count, plural, one {# row} other {# rows}}`: the ICU plural form, for a number. */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_CASE = /(=?\w+)\s*\{([^{}]*)\}/g;

/** `{at, time}` and `{at, day}`: a time of day, or a day (today, yesterday, else its date), for an epoch in ms. */
const MOMENT = /\{(\w+), (time|day)\}/g;
const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).setHours(0, 0, 0, 0);

function moment(ms: number, kind: string, now: number, lang: string): string {
  if (kind === 'time') return new Date(ms).toLocaleTimeString(lang, { hour: 'numeric', minute: '2-digit' });
  const daysAgo = Math.round((dayOf(now) - dayOf(ms)) / DAY_MS);
  if (daysAgo === 0 || daysAgo === 1) {
    const word = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-daysAgo, 'day');
    return word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);
  }
  return new Date(ms).toLocaleDateString(lang, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(daysAgo > 300 || daysAgo < 0 ? { year: 'numeric' } : {}),
  });
}

/**
 * `format`, and also `{name, plural, one {…} other {…}}`: the language's plural form
 * (`Intl.PluralRules`; `=0` matches exactly; `#` is the number); `{name, time}` and `{name, day}`
 * for a moment (epoch ms; `day` reads `now` from the params too). The chat's words use it; the
 * loader's few need none.
 */
export const formatPlural: Format = (template, params = {}, lang) =>
  format(
    template
      .replace(MOMENT, (whole, name: string, kind: string) =>
        typeof params[name] === 'number'
          ? moment(params[name] as number, kind, Number(params.now ?? Date.now()), lang)
          : whole,
      )
      .replace(PLURAL, (whole, name: string, cases: string) => {
        const n = Number(params[name]);
        if (!(name in params) || Number.isNaN(n)) return whole;
        const forms = new Map([...cases.matchAll(PLURAL_CASE)].map((m) => [m[1], m[2]]));
        const form = forms.get(`=${n}`) ?? forms.get(new Intl.PluralRules(lang).select(n)) ?? forms.get('other') ?? '';
        return form.replace(/#/g, text(n, lang));
      }),
    params,
    lang,
  );
