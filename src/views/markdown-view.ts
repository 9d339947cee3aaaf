import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Term } from '../i18n/term.js';
import { createMarkdownRenderer, type MarkdownLabels, type MarkdownRenderer } from '../markdown/render-markdown.js';
import { splitBlocks } from '../markdown/split-blocks.js';

/**
 * An answer as markdown templates, block by block: while it streams, only the last block is
 * parsed again and its DOM updated, so the cost of a frame stays flat however long the answer
 * grows. Nothing is parsed as HTML (render-markdown.ts).
 */
export function markdownView(renderer: MarkdownRenderer, markdown: string) {
  return html`${repeat(
    splitBlocks(markdown),
    (_, index) => index,
    (block) => renderer.render(block),
  )}`;
}

/** The catalogue's words for what the renderer adds to answers. */
export const markdownLabels = (t: Term): MarkdownLabels => ({ copy: t('copy'), copyCode: t('copyCode'), imageLink: (text) => t('imageLink', { text }) });

const renderers = new Map<string, MarkdownRenderer>();

/**
 * The renderer for answers from `apiUrl`'s platform: images load only from that origin. Made on
 * first use (a closed widget builds none) and shared by every widget on the page that talks to it.
 */
export function rendererFor(apiUrl: string, t: Term): MarkdownRenderer {
  const labels = markdownLabels(t);
  const origin = new URL(apiUrl).origin;
  const key = `${origin} ${labels.copy} ${labels.copyCode} ${labels.imageLink('')}`;
  let renderer = renderers.get(key);
  if (!renderer) renderers.set(key, (renderer = createMarkdownRenderer([origin], labels)));
  return renderer;
}
