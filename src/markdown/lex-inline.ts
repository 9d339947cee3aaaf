/**
 * Inline markdown (CommonMark and GFM, as answers use it) → tokens: code spans, emphasis by
 * CommonMark's delimiter rules (so `snake_case_name` stays a name), strikethrough, links and
 * images with titles, `<…>` and bare autolinks, escapes and hard breaks. Raw HTML is not a token:
 * it stays text. One pass over the text, then one over its delimiters: no pattern that can
 * backtrack over the whole input, so a hostile answer costs time in proportion to its length.
 */
import { delimiter, emphasis, type Piece } from './emphasis.js';
import type { Inline } from './tokens.js';

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** `<https://…>`, `<mailto:…>`, `<a@b.example>`. */
const ANGLE_LINK = /<([a-zA-Z][\w+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/y;
/** GFM's bare links: `https://…`, `www.…`, and addresses. */
const BARE_LINK = /(?:https?:\/\/|www\.)[^\s<]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w@])/iy;

/** Inline tokens for `text` (a paragraph's lines joined by `\n`). Links inside links are text. */
export function lexInline(text: string, inLink = false): Inline[] {
  const pieces: Piece[] = [];
  let plain = '';
  const flush = () => {
    if (plain) pieces.push({ type: 'text', text: plain });
    plain = '';
  };
  const push = (piece: Piece) => {
    flush();
    pieces.push(piece);
  };

  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (next === '\n') push({ type: 'br' });
      else if (ESCAPABLE.test(next)) push({ type: 'escape', text: next });
      else plain += c + next;
      i += 2;
    } else if (c === '\n') {
      // Two spaces before a line's end break the line; otherwise it is a soft break.
      const hard = / {2,}$/.test(plain);
      plain = plain.replace(/ +$/, '');
      if (hard) push({ type: 'br' });
      else plain += '\n';
      i += 1;
    } else if (c === '`') {
      const run = runLength(text, i, '`');
      const close = closingRun(text, i + run, run);
      if (close < 0) push({ type: 'pending', text: '`'.repeat(run) });
      else push({ type: 'codespan', text: codeText(text.slice(i + run, close)) });
      i = close < 0 ? i + run : close + run;
    } else if (c === '*' || c === '_' || c === '~') {
      const run = runLength(text, i, c);
      push(delimiter(c, run, text[i - 1], text[i + run]));
      i += run;
    } else if ((c === '[' || (c === '!' && text[i + 1] === '[')) && !inLink) {
      const image = c === '!';
      const link = linkAt(text, image ? i + 1 : i);
      if (!link) {
        plain += c;
        i += 1;
        continue;
      }
      const label = text.slice(image ? i + 2 : i + 1, link.labelEnd);
      push(
        image
          ? { type: 'image', href: link.href, title: link.title, text: plainText(label) }
          : { type: 'link', href: link.href, title: link.title, tokens: lexInline(label, true) },
      );
      i = link.end;
    } else if (c === '<' && !inLink && ((ANGLE_LINK.lastIndex = i), ANGLE_LINK.test(text))) {
      const target = text.slice(i + 1, ANGLE_LINK.lastIndex - 1);
      push(autolink(target, target.includes(':') ? target : `mailto:${target}`));
      i = ANGLE_LINK.lastIndex;
    } else if (
      !inLink &&
      /[\w]/.test(c) &&
      /[\s*_~(]/.test(text[i - 1] ?? ' ') &&
      ((BARE_LINK.lastIndex = i), BARE_LINK.test(text))
    ) {
      const target = trimUrl(text.slice(i, BARE_LINK.lastIndex));
      const href = /^www\./i.test(target)
        ? `http://${target}`
        : target.includes('@') && !target.includes('/')
          ? `mailto:${target}`
          : target;
      push(autolink(target, href));
      i += target.length;
    } else {
      plain += c;
      i += 1;
    }
  }
  flush();
  return emphasis(pieces);
}

const runLength = (text: string, at: number, char: string) => {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
};

/** Where a run of exactly `length` backticks starts after `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let i = text.indexOf('`', from); i >= 0; i = text.indexOf('`', i)) {
    const run = runLength(text, i, '`');
    if (run === length) return i;
    i += run;
  }
  return -1;
}

/** A code span's text: line ends as spaces, one space stripped from each side if both have one. */
function codeText(raw: string): string {
  const text = raw.replace(/\n/g, ' ');
  return /^ .*[^ ].* $/.test(text) ? text.slice(1, -1) : text;
}

interface LinkEnd {
  labelEnd: number;
  href: string;
  title: string | null;
  end: number;
}

/** `[label](destination "title")` starting at `open` (the `[`), or null if it is not a link. */
function linkAt(text: string, open: number): LinkEnd | null {
  let depth = 0;
  let labelEnd = -1;
  for (let i = open; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '[') depth += 1;
    else if (c === ']' && --depth === 0) {
      labelEnd = i;
      break;
    }
  }
  if (labelEnd < 0 || text[labelEnd + 1] !== '(') return null;
  let i = skipSpace(text, labelEnd + 2);
  let href = '';
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close < 0 || text.slice(i, close).includes('\n')) return null;
    href = text.slice(i + 1, close);
    i = close + 1;
  } else {
    const start = i;
    for (let parens = 0; i < text.length && !/[\s\x00-\x1f]/.test(text[i]!); i += 1) {
      if (text[i] === '\\') i += 1;
      else if (text[i] === '(') parens += 1;
      else if (text[i] === ')' && --parens < 0) break;
    }
    href = text.slice(start, i);
  }
  let title: string | null = null;
  const afterHref = skipSpace(text, i);
  const quote = text[afterHref];
  if (afterHref > i && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote;
    let end = afterHref + 1;
    while (end < text.length && text[end] !== closer) end += text[end] === '\\' ? 2 : 1;
    if (end >= text.length) return null;
    title = unescape(text.slice(afterHref + 1, end));
    i = end + 1;
  }
  i = skipSpace(text, i);
  return text[i] === ')' ? { labelEnd, href: unescape(href), title, end: i + 1 } : null;
}

const skipSpace = (text: string, at: number) => {
  while (at < text.length && /[ \t\n]/.test(text[at]!)) at += 1;
  return at;
};
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** An image's description: its label without markup characters. */
const plainText = (label: string) => unescape(label).replace(/[*_`~]/g, '');
const autolink = (text: string, href: string): Inline => ({
  type: 'link',
  href,
  title: null,
  tokens: [{ type: 'text', text }],
});

/** A bare link without the punctuation that ends the sentence around it (`see https://a.b/c).` → `https://a.b/c`). */
function trimUrl(url: string): string {
  for (;;) {
    const last = url[url.length - 1]!;
    if (/[?!.,:*_~'"]/.test(last)) url = url.slice(0, -1);
    else if (last === ')' && url.split('(').length < url.split(')').length) url = url.slice(0, -1);
    else return url;
  }
}
