/**
 * Markdown → block tokens: CommonMark's blocks as answers use them (paragraphs, ATX and setext
 * headings, fenced and indented code, quotes, lists loose and tight with tasks, rules) and GFM's
 * tables. Line by line, recursing into quotes and list items; inline content goes to
 * lex-inline.ts. A fence still open (an answer mid-stream) is code up to the end.
 *
 * Not supported, and shown as the text it is: raw HTML (by design: nothing is parsed as HTML),
 * link reference definitions, footnotes.
 */
import { lexInline } from './lex-inline.js';
import type { Align, Block, ListItem } from './tokens.js';

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const TASK = /^\[([ xX])\][ \t]+/;
const blank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.length - line.trimStart().length;

/** Block tokens for `markdown`. */
export function lexBlocks(markdown: string): Block[] {
  return blocks(markdown.replace(/\r\n?/g, '\n').split('\n').map(expandTabs));
}

/** Tabs in a line's indentation, as spaces to the next multiple of four (CommonMark's tab stops). */
function expandTabs(line: string): string {
  if (!line.startsWith('\t') && !/^ *\t/.test(line)) return line;
  let column = 0;
  let i = 0;
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i += 1)
    column = line[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  return ' '.repeat(column) + line.slice(i);
}

/** A fence's info must not hold a backtick (then it is inline code, not a fence). */
const fenceOf = (line: string) => {
  const match = FENCE.exec(line);
  return match && !(match[2]![0] === '`' && match[3]!.includes('`')) ? match : null;
};

/** Whether `line` starts a block that ends a paragraph (an ordered list only if it starts at 1). */
function interrupts(line: string): boolean {
  if (HEADING.test(line) || fenceOf(line) || QUOTE.test(line) || RULE.test(line)) return true;
  const item = ITEM.exec(line);
  return !!item && !!item[4]?.trim() && (!/\d/.test(item[2]!) || parseInt(item[2]!, 10) === 1);
}

function blocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i += 1;
      continue;
    }
    const fence = fenceOf(line);
    const heading = HEADING.exec(line);
    if (fence) i = code(lines, i, fence, out);
    else if (heading) {
      const text = (heading[2] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
      out.push({ type: 'heading', depth: heading[1]!.length, tokens: lexInline(text) });
      i += 1;
    } else if (RULE.test(line)) {
      out.push({ type: 'hr' });
      i += 1;
    } else if (QUOTE.test(line)) i = quote(lines, i, out);
    else if (ITEM.test(line)) i = list(lines, i, out);
    else if (indentOf(line) >= 4) i = indentedCode(lines, i, out);
    else if (tableAt(lines, i)) i = table(lines, i, out);
    else i = paragraph(lines, i, out);
  }
  return out;
}

function code(lines: string[], start: number, fence: RegExpExecArray, out: Block[]): number {
  const [, indent, marker, info] = fence as unknown as [string, string, string, string];
  const body: string[] = [];
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const close = FENCE.exec(lines[i]!);
    if (close && close[2]![0] === marker[0] && close[2]!.length >= marker.length && !close[3]!.trim()) {
      i += 1;
      break;
    }
    // A fence indented by n spaces takes up to n spaces off each of its lines.
    body.push(lines[i]!.slice(Math.min(indent.length, indentOf(lines[i]!))));
  }
  out.push({ type: 'code', text: body.join('\n'), lang: info.trim().split(/\s/)[0] ?? '' });
  return i;
}

function indentedCode(lines: string[], start: number, out: Block[]): number {
  let i = start;
  const body: string[] = [];
  for (; i < lines.length && (blank(lines[i]!) || indentOf(lines[i]!) >= 4); i += 1) body.push(lines[i]!.slice(4));
  while (body.length && blank(body[body.length - 1]!)) body.pop();
  out.push({ type: 'code', text: body.join('\n'), lang: '' });
  return start + body.length;
}

/** A quote's lines, and the lines that lazily continue its last paragraph. */
function quote(lines: string[], start: number, out: Block[]): number {
  const inner: string[] = [];
  let i = start;
  for (; i < lines.length; i += 1) {
    const marked = QUOTE.exec(lines[i]!);
    if (marked) inner.push(marked[1]!);
    else if (!blank(lines[i]!) && !blank(inner[inner.length - 1]!) && !interrupts(lines[i]!)) inner.push(lines[i]!);
    else break;
  }
  out.push({ type: 'blockquote', tokens: blocks(inner) });
  return i;
}

function paragraph(lines: string[], start: number, out: Block[]): number {
  const text: string[] = [lines[start]!.trimStart()];
  let i = start + 1;
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    const underline = SETEXT.exec(line);
    if (underline) {
      out.push({ type: 'heading', depth: underline[1]![0] === '=' ? 1 : 2, tokens: lexInline(text.join('\n')) });
      return i + 1;
    }
    if (blank(line) || interrupts(line) || tableAt(lines, i)) break;
    // Trailing spaces stay: two of them before a line's end are a hard break.
    text.push(line.trimStart());
  }
  out.push({ type: 'paragraph', tokens: lexInline(text.join('\n').trimEnd()) });
  return i;
}

function list(lines: string[], start: number, out: Block[]): number {
  const first = ITEM.exec(lines[start])!;
  const ordered = /\d/.test(first[2]!);
  const kind = first[2]!.slice(-1);
  const items: { lines: string[]; task: boolean; checked: boolean }[] = [];
  let loose = false;
  let i = start;
  while (i < lines.length) {
    const item = ITEM.exec(lines[i]!);
    if (!item || /\d/.test(item[2]!) !== ordered || item[2]!.slice(-1) !== kind) break;
    const [, indent, marker, spaces = '', rest = ''] = item as unknown as [string, string, string, string?, string?];
    // Content starts after the marker's spaces; five or more mean one space, then indented code.
    const gap = spaces.length > 4 || !rest ? 1 : spaces.length;
    const width = indent.length + marker.length + gap;
    const task = TASK.exec(rest);
    const body = [' '.repeat(Math.max(0, spaces.length - gap)) + (task ? rest.slice(task[0].length) : rest)];
    for (i += 1; i < lines.length; i += 1) {
      const line = lines[i]!;
      if (blank(line)) body.push('');
      else if (indentOf(line) >= width) body.push(line.slice(width));
      else if (!blank(body[body.length - 1]!) && !interrupts(line) && !ITEM.test(line)) body.push(line.trim());
      else break;
    }
    const trailing = body.length;
    while (body.length > 1 && blank(body[body.length - 1]!)) body.pop();
    const blankAfter = trailing > body.length;
    const itemFollows = i < lines.length && ITEM.test(lines[i]!);
    // A blank line between items, or between blocks inside one, makes the list loose (paragraphs).
    if ((blankAfter && itemFollows) || /\n[ \t]*\n[ \t]*\S/.test(body.join('\n'))) loose = true;
    items.push({ lines: body, task: !!task, checked: !!task && task[1] !== ' ' });
    // A blank line ends the list unless another item follows it.
    if (blankAfter && !itemFollows) break;
  }
  const tokens: ListItem[] = items.map(({ lines: body, task, checked }) => ({
    task,
    checked,
    tokens: blocks(body).map((block) =>
      !loose && block.type === 'paragraph' ? { type: 'text', tokens: block.tokens } : block,
    ),
  }));
  out.push({ type: 'list', ordered, start: ordered ? parseInt(first[2]!, 10) : 1, items: tokens });
  return i;
}

/** A table's cells: outer pipes dropped, split at pipes that are not escaped (`\|` is a pipe in a cell). */
function cells(line: string): string[] {
  const row = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(^|[^\\])\|$/, '$1');
  const found: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i += 1) {
    if (row[i] === '\\' && row[i + 1] === '|') cell += row[++i];
    else if (row[i] === '|') {
      found.push(cell.trim());
      cell = '';
    } else cell += row[i];
  }
  return [...found, cell.trim()];
}

/** The alignments of a table whose header is line `i` and delimiter row `i + 1`, or null if it is no table. */
function tableAt(lines: string[], i: number): Align[] | null {
  const header = lines[i]!;
  const delimiter = lines[i + 1];
  if (!header.includes('|') || !delimiter?.includes('-') || indentOf(header) >= 4) return null;
  const marks = cells(delimiter);
  if (!marks.every((mark) => /^:?-+:?$/.test(mark)) || marks.length !== cells(header).length) return null;
  if (marks.length === 1 && !delimiter.includes('|')) return null;
  return marks.map((mark) =>
    mark.endsWith(':') ? (mark.startsWith(':') ? 'center' : 'right') : mark.startsWith(':') ? 'left' : null,
  );
}

function table(lines: string[], start: number, out: Block[]): number {
  const align = tableAt(lines, start)!;
  const row = (line: string) => {
    const found = cells(line).slice(0, align.length);
    while (found.length < align.length) found.push('');
    return found.map((cell) => lexInline(cell));
  };
  let i = start + 2;
  const rows = [];
  for (; i < lines.length && !blank(lines[i]!) && !interrupts(lines[i]!); i += 1) rows.push(row(lines[i]!));
  out.push({ type: 'table', align, header: row(lines[start]!), rows });
  return i;
}
