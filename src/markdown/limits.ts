/**
 * How much markdown the widget formats. A prompt-injected or broken platform can send answers
 * built to wedge a parser (10,000-deep lists, quotes or emphasis; tables of 100,000 cells;
 * megabytes in one block or in thousands). Past these limits the widget shows plain text, and
 * says so, instead of freezing the page or throwing into it.
 */
export const MARKDOWN_LIMITS = {
  /** Nesting of lists, quotes and emphasis formatted; a deeper block is shown as text. */
  depth: 16,
  /** One block (between blank lines) longer than this is shown as text. */
  blockChars: 10_000,
  /** Formatted per answer; the rest is offered as plain text. */
  answerChars: 40_000,
  /** Blocks formatted per answer; the rest is offered as plain text. */
  answerBlocks: 400,
  /** Table cells drawn; further rows are counted, not drawn. */
  tableCells: 1_000,
  /**
   * Parsing per frame: once a render has spent this long parsing new blocks (parsing alone, not
   * drawing), the blocks left show as text until the next frame parses them, so no answer holds
   * the page for long.
   */
  frameBudgetMs: 12,
} as const;

/**
 * Whether a block nests deeper than `max`: by its lines' quote markers and indentation (lists,
 * quotes), and by runs of emphasis or bracket characters. A linear scan: it must be cheap on the
 * very input it guards against.
 */
export function nestsDeeperThan(block: string, max: number): boolean {
  for (const line of block.split('\n')) {
    // A level per quote marker, list marker (`- - - item` nests three lists), tab or two spaces.
    const lead = /^(?:[\s>]|[-*+](?=\s)|\d{1,9}[.)](?=\s))*/.exec(line)![0];
    if ((lead.match(/>|[-*+](?=\s)|\d{1,9}[.)](?=\s)|\t| {2}/g)?.length ?? 0) > max) return true;
  }
  let run = 0;
  let brackets = 0;
  for (const c of block) {
    run = c === '*' || c === '_' || c === '~' ? run + 1 : 0;
    brackets = c === '[' ? brackets + 1 : c === ']' ? Math.max(0, brackets - 1) : brackets;
    if (run > max * 2 || brackets > max) return true;
  }
  return false;
}
