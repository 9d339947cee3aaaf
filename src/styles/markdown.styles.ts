import { css } from './css.js';
import { radius, space } from './scale.js';

/** Answers rendered from markdown: compact, wrapping, with code blocks that scroll. */
export const markdownStyles = css`
  .bubble.markdown {
    white-space: normal;
  }
  .markdown > :first-child {
    margin-top: 0;
  }
  .markdown > :last-child {
    margin-bottom: 0;
  }
  .markdown p,
  .markdown ul,
  .markdown ol,
  .markdown blockquote,
  .markdown .code {
    margin: 0 0 ${space(2)};
  }
  .markdown ul,
  .markdown ol {
    padding-inline-start: ${space(5)};
  }
  .markdown li + li {
    margin-top: ${space(0.5)};
  }
  .markdown h1,
  .markdown h2,
  .markdown h3,
  .markdown h4 {
    font-size: 1.071em;
    margin: ${space(3)} 0 ${space(1.5)};
    line-height: 1.3;
  }
  .markdown a {
    color: var(--_link);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .markdown blockquote {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: ${space(2.5)};
    color: var(--_muted);
  }
  .markdown code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.893em;
    background: color-mix(in srgb, var(--_text) 8%, transparent);
    padding: 1px ${space(1)};
    border-radius: ${radius('xs')};
  }
  .markdown .code {
    position: relative;
  }
  .markdown pre {
    margin: 0;
    padding: ${space(2.5)} ${space(3)};
    padding-top: 30px; /* off the scale: room for the copy button over the code */
    border-radius: ${radius('m')};
    background: #0f172a;
    color: #e2e8f0;
    overflow-x: auto;
    white-space: pre;
    max-width: 100%;
  }
  .markdown pre code {
    background: none;
    padding: 0;
    color: inherit;
  }
  .markdown .copy {
    position: absolute;
    top: 4px;
    inset-inline-end: 4px;
    border: none;
    border-radius: ${radius('s')};
    padding: ${space(0.5)} ${space(2)};
    font-size: 0.786em;
    cursor: pointer;
    background: rgba(255, 255, 255, 0.14);
    color: #e2e8f0;
  }
  .markdown .copy:hover {
    background: rgba(255, 255, 255, 0.26);
  }
  /* A table wider than the answer scrolls sideways. While it has more past its inline end
     (table-cue.ts marks it), a fade with an arrow sits at that edge, and goes at the end. */
  .markdown .table {
    display: flex;
    overflow-x: auto;
    max-width: 100%;
    margin: 0 0 ${space(2)};
  }
  .markdown .table::after {
    content: '';
    flex: none;
    position: sticky;
    inset-inline-end: 0;
    width: 36px;
    margin-inline-start: -36px; /* off the scale: its own width, pulled back over the code */
    /* Not visibility: the panel drawn ahead of its first showing is hidden with it (frame-extras). */
    opacity: 0;
  }
  .markdown .table[data-more]::after {
    content: '→' / '';
    opacity: 1;
    display: grid;
    place-items: center end;
    padding-inline-end: ${space(1)};
    font-weight: 700;
    color: var(--_accent);
    background: linear-gradient(to right, transparent, var(--_surface) 70%);
  }
  .root[dir='rtl'] .markdown .table::after {
    transform: scaleX(-1);
  }
  .markdown table {
    flex: none;
    border-collapse: collapse;
    font-size: 0.929em;
    width: max-content;
    max-width: none;
  }
  .markdown th,
  .markdown td {
    /* Words stay whole; long cells wrap at a readable width and the box scrolls sideways. */
    overflow-wrap: normal;
    word-break: normal;
    min-width: 4em;
    max-width: 16em;
    border: 1px solid var(--_border);
    padding: ${space(1)} ${space(2)};
    vertical-align: top;
  }
  /* Headers read from the start, as cells do, unless the author aligned the column. */
  .markdown th:not([align]) {
    text-align: start;
  }
  /* Three columns or more in a narrow log (a phone, the corner panel) do not fit side by side:
     each row becomes a card of name–value pairs, its column names beside its values. */
  @container log (max-width: 559px) {
    .markdown .table:has(th:nth-child(3)),
    .markdown .table:has(th:nth-child(3)) :is(table, tbody, tr) {
      display: block;
      width: auto;
    }
    .markdown .table:has(th:nth-child(3)) thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .markdown .table:has(th:nth-child(3)) tr {
      margin-block-end: ${space(2)};
      padding: ${space(1)} ${space(2.5)};
      border: 1px solid var(--_border);
      border-radius: ${radius('m')};
    }
    .markdown .table:has(th:nth-child(3)) td {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: ${space(2.5)};
      min-width: 0;
      max-width: none;
      padding: 3px 0; /* off the scale: half the line's leading, as the table's rows had */
      border: none;
      overflow-wrap: anywhere;
    }
    .markdown .table:has(th:nth-child(3)) td::before {
      content: attr(data-label);
      font-weight: 600;
      color: var(--_muted);
    }
  }
  .markdown th {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }
  .markdown img {
    max-width: 100%;
    height: auto;
    border-radius: ${radius('s')};
  }
  .as-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .cut {
    font-size: 0.857em;
    font-style: italic;
    color: var(--_muted);
  }
  details.rest summary {
    cursor: pointer;
    color: var(--_link);
    font-size: 0.929em;
  }
  /* Citation markers: small, linked, each to its numbered source card. */
  sup.cite {
    line-height: 0;
    font-size: 0.75em;
  }
  sup.cite a {
    padding: 0 0.3em;
    border-radius: ${radius('xs')};
    text-decoration: none;
    background: color-mix(in srgb, var(--_link) 12%, transparent);
  }
`;
