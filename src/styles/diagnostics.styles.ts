import { css } from 'lit';

/** The `debug` diagnostics panel. */
export const diagnosticsStyles = css`
  .diagnostics {
    margin: 12px 12px 0;
    padding: 12px;
    border-radius: 10px;
    background: #0b1020;
    color: #d1fae5;
    font: 0.857em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    max-height: 45%;
    overflow: auto;
    flex: none;
  }
  .diagnostics h3 {
    margin: 0 0 8px;
    font-size: 1em;
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .diagnostics dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 0 0 8px;
  }
  .diagnostics dt {
    color: #9ca3af;
  }
  .diagnostics dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .diagnostics .success {
    color: #4ade80;
  }
  .diagnostics .failed {
    color: #f87171;
  }
  .diagnostics .testing,
  .diagnostics .idle {
    color: #facc15;
  }
  .diagnostics pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    color: #cbd5e1;
  }
  .diagnostics .button {
    background: #15803d;
    color: #fff;
    padding: 4px 10px;
    font-size: 1em;
  }
  .diagnostics .title,
  .diagnostics .button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .diagnostics svg {
    width: 1.15em;
    height: 1.15em;
    fill: currentColor;
    flex: none;
  }
`;
