/**
 * The widget's styles are text, written with this tag (the build collapses their whitespace and
 * writes in the scale's values: scripts/rollup/minify-templates.mjs) and made into constructed
 * stylesheets once per page (sheet.ts). Neither the loader nor the chat needs a library for it.
 * Only our own constants are interpolated, never page input.
 */
export const css = (strings: TemplateStringsArray, ...values: (string | number)[]): string =>
  strings.reduce((text, part, i) => text + String(values[i - 1]) + part);
