import { css } from 'lit';

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
    margin: 0 0 8px;
  }
  .markdown ul,
  .markdown ol {
    padding-inline-start: 20px;
  }
  .markdown li + li {
    margin-top: 2px;
  }
  .markdown h1,
  .markdown h2,
  .markdown h3,
  .markdown h4 {
    font-size: 1.071em;
    margin: 12px 0 6px;
    line-height: 1.3;
  }
  .markdown a {
    color: var(--_link);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .markdown blockquote {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 10px;
    color: var(--_muted);
  }
  .markdown code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.893em;
    background: color-mix(in srgb, var(--_text) 8%, transparent);
    padding: 1px 4px;
    border-radius: 4px;
  }
  .markdown .code {
    position: relative;
  }
  .markdown pre {
    margin: 0;
    padding: 10px 12px;
    padding-top: 30px;
    border-radius: 8px;
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
    border-radius: 6px;
    padding: 2px 8px;
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
    margin: 0 0 8px;
  }
  .markdown .table::after {
    content: '';
    flex: none;
    position: sticky;
    inset-inline-end: 0;
    width: 36px;
    margin-inline-start: -36px;
    visibility: hidden;
  }
  .markdown .table[data-more]::after {
    content: '→' / '';
    visibility: visible;
    display: grid;
    place-items: center end;
    padding-inline-end: 4px;
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
    padding: 4px 8px;
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
      margin-block-end: 8px;
      padding: 4px 10px;
      border: 1px solid var(--_border);
      border-radius: 8px;
    }
    .markdown .table:has(th:nth-child(3)) td {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: 10px;
      min-width: 0;
      max-width: none;
      padding: 3px 0;
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
    border-radius: 6px;
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
    border-radius: 4px;
    text-decoration: none;
    background: color-mix(in srgb, var(--_link) 12%, transparent);
  }
`;
