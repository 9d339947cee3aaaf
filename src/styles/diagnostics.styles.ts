import { css } from './css.js';
import { radius, space } from './scale.js';

/** The `debug` diagnostics panel. */
export const diagnosticsStyles = css`
  .diagnostics {
    margin: ${space(3)} ${space(3)} 0;
    padding: ${space(3)};
    border-radius: ${radius('l')};
    background: #0b1020;
    color: #d1fae5;
    font: 0.857em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    max-height: 45%;
    overflow: auto;
    flex: none;
  }
  .diagnostics h3 {
    margin: 0 0 ${space(2)};
    font-size: 1em;
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .diagnostics dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${space(0.5)} ${space(2.5)};
    margin: 0 0 ${space(2)};
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
    padding: ${space(1)} ${space(2.5)};
    font-size: 1em;
  }
  .diagnostics .title,
  .diagnostics .button {
    display: inline-flex;
    align-items: center;
    gap: ${space(1.5)};
  }
  .diagnostics svg {
    width: 1.15em;
    height: 1.15em;
    fill: currentColor;
    flex: none;
  }
`;
