/**
 * Markdown as a screen reader should say it: the words, without the marks that format them
 * (`**`, code fences, heading hashes, list bullets, table pipes and rules, link targets,
 * citation markers). A few
 * regular expressions, not the parser: it runs on every streamed chunk of an answer.
 */
export function speakable(markdown: string): string {
  return (
    markdown
      .replace(/^ {0,3}(```|~~~).*$/gm, '') // code fences (the code itself is read)
      .replace(/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/gm, '') // a table's rule row
      .replace(
        /^\s*\|(.*)\|\s*$/gm,
        (_, cells: string) =>
          `${cells
            .split('|')
            .map((c) => c.trim())
            .join(', ')}.`,
      ) // a row: cells, then a pause
      .replace(/^ {0,3}(#{1,6}|>+|[-*+]|\d{1,9}[.)])\s+/gm, '') // heading, quote, list markers
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
      // Citation markers (the sources are listed after the answer); one space, not \s*, which is
      // quadratic on long runs of blanks.
      .replace(/ ?\[[1-9]\d?\](?!\()/g, '')
      .replace(/(\*\*|__|~~|`+|\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2') // emphasis, strike, inline code
      .replace(/[ \t]+/g, ' ')
  );
}

/**
 * Where the last whole sentence or paragraph of `text` ends, from `from` on: after a full stop,
 * question or exclamation mark (Latin, CJK or Arabic) followed by a space or line break, or
 * before a blank line. -1 if none has ended yet.
 */
export function lastSentenceEnd(text: string, from = 0): number {
  let end = -1;
  for (const match of text.slice(from).matchAll(/[.!?…。！？؟](?=\s)|[。！？](?=\S)|\n\s*\n/g))
    end = from + match.index + match[0].length;
  return end;
}
