/**
 * Markdown → Lit templates. Our lexer (lex-blocks.ts, CommonMark + GFM as answers use them) only
 * tokenizes; every token becomes a template here, so no string from the platform is ever parsed
 * as HTML: raw HTML in an answer is shown as text, and the rules below decide the only
 * attributes that reach the page. Links: http(s), mailto and tel only, opened in a new tab
 * without referrer or opener. Images: only from trusted origins (the platform's); others become
 * links, because an image URL is how an injected prompt leaks chat data.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { splitCitations } from './citations.js';
import { decodeEntities } from './entities.js';
import { inlineText } from './inline-text.js';
import { lexBlocks } from './lex-blocks.js';
import { MARKDOWN_LIMITS, nestsDeeperThan } from './limits.js';
import { tableScrolled } from './table-cue.js';
import type { Block, Inline, ListItem } from './tokens.js';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The words the renderer puts into answers (from the string catalogue). */
export interface MarkdownLabels {
  copy: string;
  copyCode: string;
  /** For an image shown as a link; receives the image's alt text or URL. */
  imageLink: (text: string) => string;
  /** Rows of a table past the limit, not drawn. */
  tableCut: (rows: number) => string;
  /** An answer too long to format: the rest follows as plain text. */
  answerCut: string;
  /** A block too large or too deeply nested to format, shown as text. */
  blockAsText: string;
  /** A block the renderer failed on, shown as text. */
  renderFailed: string;
  showRest: string;
  /** A citation marker's name: "Source 2". */
  citation: (n: number) => string;
}

export interface MarkdownRenderer {
  /**
   * The template for one block of markdown (cached: the same block gives the same template).
   * `streaming`: the block an answer is still writing, whose opening markers nothing has closed
   * yet (`**bold so far`) are hidden rather than shown raw, so it looks finished at every frame.
   */
  render(markdown: string, streaming?: boolean): TemplateResult;
  /** Starts a render's parse budget (MARKDOWN_LIMITS.frameBudgetMs), on the clock `now`. */
  startFrame(now: () => number): void;
  /** Blocks were shown as text because the budget ran out: render again next frame to parse them. */
  readonly deferred: boolean;
  readonly labels: MarkdownLabels;
}

/** Markdown shown as the text it is (past a limit): no parsing at all. */
export const asText = (text: string) => html`<p class="as-text">${text}</p>`;

/** Only web, mail and phone links leave the widget (answers' links, source cards); anything else is null. */
export const safeLink = (href: string | null | undefined): string | null => safeUrl(href, LINK_PROTOCOLS);

/** An absolute URL with one of `protocols`, or null (relative, `javascript:`, `data:`, garbage). */
function safeUrl(value: string | null | undefined, protocols: ReadonlySet<string>): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** `trustedImageOrigins`: images from these origins load (the platform's); others become links. */
export function createMarkdownRenderer(
  trustedImageOrigins: readonly string[],
  labels: MarkdownLabels,
): MarkdownRenderer {
  const trusted = new Set(trustedImageOrigins);
  const imageSrc = (href: string) => {
    const src = safeUrl(href, new Set(['http:', 'https:']));
    return src && trusted.has(new URL(src).origin) ? src : null;
  };
  const link = (href: string | null, title: string | null | undefined, content: unknown, className = '') =>
    html`<a class=${className || nothing} href=${safeLink(href) ?? nothing} title=${title || nothing}
      target="_blank" rel="noopener noreferrer nofollow">${content}</a>`;

  const inline = (tokens: readonly Inline[]): unknown[] => tokens.map(inlineToken);
  /** `[n]` in text: a superscript link to the answer's n-th source card (message-view.ts follows it). */
  const cited = (text: string): unknown =>
    text.includes('[')
      ? splitCitations(text).map((part) =>
          typeof part === 'string'
            ? part
            : html`<sup class="cite"><a href="#source-${part}" data-cite=${part}
                aria-label=${labels.citation(part)}>${part}</a></sup>`,
        )
      : text;

  function inlineToken(token: Inline): unknown {
    switch (token.type) {
      case 'strong':
        return html`<strong>${inline(token.tokens)}</strong>`;
      case 'em':
        return html`<em>${inline(token.tokens)}</em>`;
      case 'del':
        return html`<del>${inline(token.tokens)}</del>`;
      case 'codespan':
        return html`<code>${token.text}</code>`;
      case 'br':
        return html`<br />`;
      case 'link':
        return link(token.href, token.title, inline(token.tokens));
      case 'image': {
        const { href, title, text } = token;
        const src = imageSrc(href);
        return src
          ? html`<img src=${src} alt=${decodeEntities(text)} title=${title || nothing} referrerpolicy="no-referrer" />`
          : link(href, title, labels.imageLink(decodeEntities(text) || href), 'image-link');
      }
      case 'escape':
        return token.text;
      case 'pending':
        return streaming ? nothing : token.text;
      default:
        return cited(decodeEntities(token.text));
    }
  }

  const blocks = (tokens: readonly Block[]): unknown[] => tokens.map(blockToken);

  function blockToken(token: Block): unknown {
    switch (token.type) {
      case 'paragraph':
        return html`<p>${inline(token.tokens)}</p>`;
      case 'text':
        return inline(token.tokens);
      case 'heading':
        return heading(token.depth, inline(token.tokens));
      case 'code':
        return codeBlock(token.text, token.lang);
      case 'blockquote':
        return html`<blockquote>${blocks(token.tokens)}</blockquote>`;
      case 'list':
        return list(token);
      case 'table':
        return table(token);
      default:
        return html`<hr />`;
    }
  }

  function heading(depth: number, content: unknown[]) {
    switch (depth) {
      case 1:
        return html`<h1>${content}</h1>`;
      case 2:
        return html`<h2>${content}</h2>`;
      case 3:
        return html`<h3>${content}</h3>`;
      case 4:
        return html`<h4>${content}</h4>`;
      case 5:
        return html`<h5>${content}</h5>`;
      default:
        return html`<h6>${content}</h6>`;
    }
  }

  function codeBlock(text: string, lang: string) {
    const language = lang.match(/^[\w+#.-]{1,30}/)?.[0];
    // The copy button is handled by the message list's click listener (views/copy-code.ts), which
    // changes its text for a moment: the text is a property, not a part of the template.
    const className = language ? `language-${language}` : nothing;
    return html`<div class="code">
      <button type="button" class="copy" aria-label=${labels.copyCode} .textContent=${labels.copy}></button>
      <pre tabindex="0"><code class=${className}>${`${text}\n`}</code></pre>
    </div>`;
  }

  function list(token: Extract<Block, { type: 'list' }>) {
    const box = (item: ListItem) => html`<input type="checkbox" disabled ?checked=${item.checked} /> `;
    const items = token.items.map((item) => html`<li>${item.task ? box(item) : nothing}${blocks(item.tokens)}</li>`);
    if (!token.ordered) return html`<ul>${items}</ul>`;
    return html`<ol start=${token.start !== 1 ? token.start : nothing}>${items}</ol>`;
  }

  function table(token: Extract<Block, { type: 'table' }>) {
    const align = (i: number) => token.align[i] ?? nothing;
    const columns = token.header.slice(0, MARKDOWN_LIMITS.tableCells);
    const rows = token.rows.slice(0, Math.floor(MARKDOWN_LIMITS.tableCells / Math.max(1, columns.length)));
    const cut = token.rows.length - rows.length;
    // Tables scroll sideways in their own box rather than squeezing words apart. The box, like a
    // code block, takes focus, so the keyboard can scroll it (WebKit does not focus scrollers itself).
    // Each cell carries its column's name, and its content in one box: a narrow table is drawn as
    // name–value pairs per row.
    const names = columns.map(inlineText);
    const cells = (row: Inline[][]) =>
      row
        .slice(0, columns.length)
        .map((cell, i) => html`<td align=${align(i)} data-label=${names[i]}><span>${inline(cell)}</span></td>`);
    return html`<div class="table" tabindex="0" @scroll=${tableScrolled}><table>
      <thead><tr>${columns.map((cell, i) => html`<th align=${align(i)}>${inline(cell)}</th>`)}</tr></thead>
      <tbody>${rows.map((row) => html`<tr>${cells(row)}</tr>`)}</tbody>
    </table></div>${cut > 0 ? html`<p class="cut">${labels.tableCut(cut)}</p>` : nothing}`;
  }

  const unformatted = (block: string) => html`<p class="cut">${labels.blockAsText}</p>${asText(block)}`;
  const cache = new Map<string, TemplateResult>();
  /** This render's clock and the time spent parsing in it (only parsing counts, not drawing). */
  let frame: { now: () => number; spent: number } | null = null;
  let deferred = false;
  /** The block being drawn is one an answer is still writing (its pending markers are hidden). */
  let streaming = false;
  return {
    labels,
    get deferred() {
      return deferred;
    },
    startFrame(now) {
      frame = { now, spent: 0 };
      deferred = false;
    },
    render(markdown, writing = false) {
      const key = writing ? `\u0000${markdown}` : markdown;
      const hit = cache.get(key);
      if (hit) return hit;
      if (frame && frame.spent > MARKDOWN_LIMITS.frameBudgetMs) {
        deferred = true;
        return asText(markdown); // not cached: parsed in a later frame
      }
      const started = frame?.now() ?? 0;
      const tooBig = markdown.length > MARKDOWN_LIMITS.blockChars || nestsDeeperThan(markdown, MARKDOWN_LIMITS.depth);
      let template: TemplateResult;
      try {
        streaming = writing;
        template = tooBig ? unformatted(markdown) : html`${blocks(lexBlocks(markdown))}`;
      } catch {
        // Nesting the scan did not see (the lexer's stack ran out): the block as text.
        template = unformatted(markdown);
      }
      if (frame) frame.spent += frame.now() - started;
      if (cache.size > 500) cache.delete(cache.keys().next().value as string);
      cache.set(key, template);
      return template;
    },
  };
}
