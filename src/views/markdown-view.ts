import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { splitBlocks } from '../markdown/split-blocks.js';

/**
 * An answer as sanitized markdown, block by block: while it streams, only the last block's
 * HTML changes, so the cost of a frame stays flat however long the answer grows.
 * (unsafeHTML receives DOMPurify's output only; see render-markdown.ts.)
 */
export function markdownView(renderer: MarkdownRenderer, markdown: string) {
  return html`${repeat(
    splitBlocks(markdown),
    (_, index) => index,
    (block) => unsafeHTML(renderer.render(block)),
  )}`;
}
