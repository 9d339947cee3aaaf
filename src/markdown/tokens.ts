/**
 * The tokens the markdown lexer (lex-blocks.ts, lex-inline.ts) gives the renderer
 * (render-markdown.ts): a tree of plain objects, never HTML. Text stays as the author wrote it;
 * the renderer decides what each token becomes and decodes entities in text.
 */

/** Inline content: what a paragraph, heading, table cell or link holds. */
export type Inline =
  /** Running text, entities not yet decoded; `\n` is a soft line break (shown as a space). */
  | { type: 'text'; text: string }
  /**
   * An opening marker nothing has closed yet (`**`, `_`, a backtick run): its characters, shown
   * in a finished answer, hidden while the answer streams (the closing one may be on its way).
   */
  | { type: 'pending'; text: string }
  /** A character the author escaped with a backslash: shown as itself, never decoded. */
  | { type: 'escape'; text: string }
  /** Code: shown exactly as written. */
  | { type: 'codespan'; text: string }
  | { type: 'br' }
  | { type: 'strong' | 'em' | 'del'; tokens: Inline[] }
  | { type: 'link'; href: string; title: string | null; tokens: Inline[] }
  | { type: 'image'; href: string; title: string | null; text: string };

export type Align = 'left' | 'center' | 'right' | null;

export interface ListItem {
  task: boolean;
  checked: boolean;
  tokens: Block[];
}

/** A block: the top level of an answer, or what a quote or list item holds. */
export type Block =
  | { type: 'paragraph'; tokens: Inline[] }
  /** A tight list item's text: inline content without a paragraph around it. */
  | { type: 'text'; tokens: Inline[] }
  | { type: 'heading'; depth: number; tokens: Inline[] }
  /** A fenced or indented code block; `lang` is the fence's first word, or ''. */
  | { type: 'code'; text: string; lang: string }
  | { type: 'blockquote'; tokens: Block[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; align: Align[]; header: Inline[][]; rows: Inline[][][] }
  | { type: 'hr' };
