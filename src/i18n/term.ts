/**
 * Looks words up by key and fills in their `{placeholders}`. Views receive a `Term`; nothing
 * below the views does.
 */
import type { Catalogue, StringKey } from './strings.js';

export type TermParams = Readonly<Record<string, string | number>>;
export type Term = (key: StringKey, params?: TermParams) => string;

/** `'Open {title}'` + `{ title: 'Chat' }` → `'Open Chat'`. An unknown placeholder is left as written. */
export function format(template: string, params: TermParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A lookup over `catalogues`, the first that has the key winning (a missing key shows itself). */
export function createTerm(...catalogues: Partial<Catalogue>[]): Term {
  return (key, params) => format(catalogues.find((c) => c[key] !== undefined)?.[key] ?? key, params);
}
