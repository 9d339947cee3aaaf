/** The one check of what a visitor may send: not empty, and within the platform's limit. */

/** The longest message the widget sends (the reference platform's limit, docs/protocol.md). */
export const MAX_MESSAGE_CHARS = 4000;

/**
 * Characters as a person counts them: an emoji (with its skin tone or joined family), a flag, a
 * letter with its accents is one, not two or more UTF-16 units. Code points, less what joins
 * onto the one before: combining marks (and emoji variation selectors), skin-tone modifiers, a
 * zero-width joiner with what it joins, and the second of each pair of regional indicators.
 * Linear and exact for these; the platform counts the same way (docs/protocol.md). Not
 * Intl.Segmenter: in some engines it is quadratic on long text.
 */
export function characterCount(text: string): number {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const codePoints = text.length - count(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  const flags = Math.floor(count(/[\u{1F1E6}-\u{1F1FF}]/gu) / 2);
  return codePoints - count(/[\p{M}\u{1F3FB}-\u{1F3FF}]/gu) - 2 * count(/\u200D[^\p{M}]/gu) - flags;
}

export type MessageCheck =
  | { readonly ok: true; readonly content: string }
  | { readonly ok: false; readonly problem: 'empty' | 'too-long'; readonly length: number };

export function checkMessage(text: string): MessageCheck {
  const content = String(text ?? '').trim();
  if (!content) return { ok: false, problem: 'empty', length: 0 };
  // Cheap first: no more UTF-16 units than the limit means no more characters either.
  const length = content.length > MAX_MESSAGE_CHARS ? characterCount(content) : content.length;
  if (length > MAX_MESSAGE_CHARS) return { ok: false, problem: 'too-long', length };
  return { ok: true, content };
}
