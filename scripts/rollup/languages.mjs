// The languages shipped besides English, read from where the widget defines them
// (src/i18n/locale.ts, SHIPPED_LOCALES), for the build and the tests: one list.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../src/i18n/locale.ts', import.meta.url), 'utf8');
const list = /SHIPPED_LOCALES = \[([^\]]*)\]/.exec(source);
if (!list) throw new Error('src/i18n/locale.ts no longer defines SHIPPED_LOCALES as a list: update scripts/rollup/languages.mjs');

/** `['es', 'fr', …]`, in the order src/i18n/locale.ts gives them. */
export const SHIPPED_LOCALES = [...list[1].matchAll(/'([a-z]{2})'/g)].map((m) => m[1]);
