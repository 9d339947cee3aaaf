import { html } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { MARKDOWN_LIMITS } from '../markdown/limits.js';
import {
  asText,
  createMarkdownRenderer,
  type MarkdownLabels,
  type MarkdownRenderer,
} from '../markdown/render-markdown.js';
import { splitBlocks } from '../markdown/split-blocks.js';

/**
 * An answer as markdown templates, block by block: while it streams, only the last block is
 * parsed again and its DOM updated, so the cost of a frame stays flat however long the answer
 * grows. Nothing is parsed as HTML (render-markdown.ts).
 */
export function markdownView(renderer: MarkdownRenderer, markdown: string, streaming = false) {
  const end = formattedLength(markdown);
  const rest = markdown.slice(end).trim();
  const blocks = splitBlocks(markdown.slice(0, end));
  // Only the last block of a streaming answer is still being written.
  const writing = (i: number) => streaming && !rest && i === blocks.length - 1;
  return html`${blocks.map((block, i) => contained(renderer, block, writing(i)))}${
    rest
      ? html`<p class="cut">${renderer.labels.answerCut}</p>
        <details class="rest"><summary>${renderer.labels.showRest}</summary>${asText(rest)}</details>`
      : ''
  }`;
}

/**
 * One block, or, if the renderer fails on it (a bug, or input no limit foresaw), the block as
 * plain text with a note: one bad message never takes the panel or the conversation with it.
 */
function contained(renderer: MarkdownRenderer, block: string, streaming: boolean) {
  try {
    return renderer.render(block, streaming);
  } catch {
    return html`<p class="cut">${renderer.labels.renderFailed}</p>${asText(block)}`;
  }
}

/**
 * How much of an answer is formatted (MARKDOWN_LIMITS): up to a paragraph break within the
 * character limit, and no more blocks than the block limit. The rest is offered as plain text.
 */
function formattedLength(markdown: string): number {
  const { answerChars, answerBlocks } = MARKDOWN_LIMITS;
  let end = markdown.length;
  if (end > answerChars) end = Math.max(markdown.lastIndexOf('\n\n', answerChars), 0) || answerChars;
  let breaks = 0;
  for (let i = markdown.indexOf('\n\n'); i !== -1 && i < end; i = markdown.indexOf('\n\n', i + 2)) {
    if (++breaks >= answerBlocks) return i;
  }
  return end;
}

/** The catalogue's words for what the renderer adds to answers. */
export const markdownLabels = (t: Term): MarkdownLabels => ({
  copy: t('copy'),
  copyCode: t('copyCode'),
  imageLink: (text) => t('imageLink', { text }),
  tableCut: (rows) => t('tableCut', { count: rows }),
  answerCut: t('answerCut'),
  blockAsText: t('blockAsText'),
  renderFailed: t('renderFailed'),
  showRest: t('showRest'),
  citation: (n) => t('citation', { n }),
});

const renderers = new Map<string, MarkdownRenderer>();

/**
 * The renderer for answers whose images may load from `imageOrigins` (the `image-origins`
 * attribute). Made on first use (a closed widget builds none) and shared by every widget on the
 * page with the same origins and words.
 */
export function rendererFor(imageOrigins: readonly string[], t: Term): MarkdownRenderer {
  // The words as written, placeholders and all: a number formatted here would cost Intl's first
  // use (100 ms on a slow phone) on the panel's first render. The labels are made only with a renderer.
  const words = [t('copy'), t('copyCode'), t('imageLink'), t('citation')];
  const key = `${imageOrigins.join(' ')} ${words.join(' ')}`;
  let renderer = renderers.get(key);
  if (!renderer) renderers.set(key, (renderer = createMarkdownRenderer(imageOrigins, markdownLabels(t))));
  return renderer;
}
