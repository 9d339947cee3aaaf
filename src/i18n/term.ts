/**
 * Looks words up by key and fills in their `{placeholders}`. Views receive a `Term`; nothing
 * below the views does.
 */
import { en, type Catalogue, type StringKey } from './en.js';

export type TermParams = Readonly<Record<string, string | number>>;
export type Term = (key: StringKey, params?: TermParams) => string;

/** `'Open {title}'` + `{ title: 'Chat' }` → `'Open Chat'`. An unknown placeholder is left as written. */
export function format(template: string, params: TermParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A lookup over `catalogue`, falling back to English for anything it lacks. */
export function createTerm(catalogue: Partial<Catalogue> = en): Term {
  return (key, params) => format(catalogue[key] ?? en[key], params);
}
