/**
 * Citations: `[n]` markers in an answer's text point at its n-th source card; a source's link
 * opens at the cited words where the platform gives them (a text fragment, `#:~:text=`).
 */

/** `[1]` … `[99]` in running text (not `[0]`, not `[123]`). */
const MARKER = /\[([1-9]\d?)\]/g;

/** Text and citation numbers, in order: `'see [1].'` → `['see ', 1, '.']`. */
export function splitCitations(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(Number(match[1]));
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Characters a text directive must escape besides what encodeURIComponent does (`-`, `,`, `&` have meanings there). */
const directive = (words: string) =>
  encodeURIComponent(words).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/**
 * `url` opening at `quote`: its first words to its last (a long passage need not match whole,
 * only its ends), after the page's own fragment if it has one. Without a quote, `url` as it is.
 */
export function withTextFragment(url: string, quote: string | undefined): string {
  const words = (quote ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || url.includes(':~:')) return url;
  const text =
    words.length <= 8
      ? directive(words.join(' '))
      : `${directive(words.slice(0, 4).join(' '))},${directive(words.slice(-4).join(' '))}`;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${text}`;
}
