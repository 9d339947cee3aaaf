/**
 * Emphasis by CommonMark's delimiter rules: which runs of `*`, `_` and `~` may open or close
 * (flanking), and which pairs they make. Separate from the scan in lex-inline.ts because it is
 * the one part of inline markdown with real rules of its own.
 */
import type { Inline } from './tokens.js';

/** A run of `*`, `_` or `~` that may open or close emphasis, and how many of it are left. */
export interface Delimiter {
  kind: 'delimiter';
  char: string;
  count: number;
  length: number;
  opens: boolean;
  closes: boolean;
}
export type Piece = Inline | Delimiter;

const PUNCTUATION = /[\p{P}\p{S}]/u;
const whitespace = (c: string | undefined) => c === undefined || /\s/.test(c);
const punctuation = (c: string | undefined) => c !== undefined && PUNCTUATION.test(c);

/** A delimiter run and what it may do, by CommonMark's flanking rules (GFM's for `~`). */
export function delimiter(char: string, length: number, before: string | undefined, after: string | undefined): Piece {
  if (char === '~' && length > 2) return { type: 'text', text: '~'.repeat(length) };
  const left = !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
  const right = !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
  // `_` opens or closes only at a word's edge: `snake_case_name` is a name, not emphasis.
  const opens = char === '_' ? left && (!right || punctuation(before)) : left;
  const closes = char === '_' ? right && (!left || punctuation(after)) : right;
  return { kind: 'delimiter', char, count: length, length, opens, closes };
}

/**
 * CommonMark's "process emphasis": each closer takes the nearest opener of its character before
 * it; two characters each side make `strong`, one `em` (`~` takes runs of equal length: `del`).
 * What pairs with nothing is text.
 */
export function emphasis(pieces: Piece[]): Inline[] {
  // Below bottom[key] no opener fits a closer of that key: a failed search is never repeated, so
  // a line of unmatched runs (`_a* _a* …`) costs time in proportion to its length.
  const bottom = new Map<string, number>();
  for (let close = 0; close < pieces.length; close += 1) {
    const closer = pieces[close]!;
    if (!isDelimiter(closer) || !closer.closes) continue;
    const key = `${closer.char}${closer.opens}${closer.length % 3}${closer.char === '~' ? closer.length : ''}`;
    while (closer.count > 0) {
      const open = findOpener(pieces, close, closer, bottom.get(key) ?? 0);
      if (open < 0) {
        bottom.set(key, close);
        break;
      }
      const opener = pieces[open] as Delimiter;
      const used = closer.char === '~' ? closer.count : Math.min(2, opener.count, closer.count);
      const type = closer.char === '~' ? 'del' : used === 2 ? 'strong' : 'em';
      // Between the pair, every closer has had its turn and no opener is left to a later one: text.
      const inner = tokensOf(pieces.slice(open + 1, close));
      opener.count -= used;
      closer.count -= used;
      pieces.splice(open + 1, close - open - 1, { type, tokens: inner });
      close = open + 2;
      const gone = opener.count === 0 ? 1 : 0;
      if (gone) pieces.splice(open, 1);
      close -= gone;
      // What was between the pair is now one token: bounds inside it move to just after the opener.
      for (const [k, at] of bottom) if (at > open) bottom.set(k, Math.max(open, Math.min(at, open + 1) - gone));
    }
  }
  return tokensOf(pieces);
}

/**
 * Pieces as tokens: a delimiter run left over is its characters (pending if it could only open:
 * a stream may still close it); neighbouring texts join.
 */
function tokensOf(pieces: Piece[]): Inline[] {
  const tokens: Inline[] = [];
  for (const piece of pieces) {
    const token: Inline = isDelimiter(piece) ? leftOver(piece) : piece;
    const last = tokens[tokens.length - 1];
    if (token.type === 'text' && last?.type === 'text') last.text += token.text;
    else if (token.type !== 'text' || token.text) tokens.push(token.type === 'text' ? { ...token } : token);
  }
  return tokens;
}

const leftOver = (run: Delimiter): Inline => {
  const text = run.char.repeat(run.count);
  return run.opens && !run.closes && run.count > 0 ? { type: 'pending', text } : { type: 'text', text };
};

const isDelimiter = (piece: Piece | undefined): piece is Delimiter =>
  (piece as Delimiter | undefined)?.kind === 'delimiter';

function findOpener(pieces: Piece[], close: number, closer: Delimiter, bottom: number): number {
  for (let open = close - 1; open >= bottom; open -= 1) {
    const opener = pieces[open];
    if (!isDelimiter(opener) || opener.char !== closer.char || !opener.opens || opener.count === 0) continue;
    if (closer.char === '~' && opener.count !== closer.count) continue;
    // The rule of three: `*foo**bar*` is one em, not a strong inside.
    const either = opener.closes || closer.opens;
    if (either && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0))
      continue;
    return open;
  }
  return -1;
}
