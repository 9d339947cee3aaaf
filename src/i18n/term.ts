/**
 * Looks words up by key and fills in their `{placeholders}`. Views receive a `Term`; nothing
 * below the views does.
 */
import type { Catalogue, StringKey } from './strings.js';

export type TermParams = Readonly<Record<string, string | number>>;
export type Term = (key: StringKey, params?: TermParams) => string;

export type Format = (template: string, params: TermParams | undefined, lang: string) => string;

/** A number written the language's way (Intl); anything else as it is. */
export const text = (value: string | number, lang: string) =>
  typeof value === 'number' ? value.toLocaleString(lang) : String(value);

/** `'Open {title}'` + `{ title: 'Chat' }` → `'Open Chat'`. An unknown placeholder is left as written. */
export const format: Format = (template, params = {}, lang) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? text(params[name], lang) : whole));

/** A lookup over `catalogues` in `lang`, the first that has the key winning (a missing key shows itself). */
export function createTerm(
  lang: string,
  catalogues: readonly (Partial<Catalogue> | null | undefined)[],
  fill: Format = format,
): Term {
  return (key, params) => fill(catalogues.find((c) => typeof c?.[key] === 'string')?.[key] ?? key, params, lang);
}
