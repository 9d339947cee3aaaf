import { svg } from 'lit/html.js';
import { CLOSE_PATH } from './icon-paths.js';

/** The assistant's avatar in the header: only the chat draws it. */
const SPARK_PATH =
  'm12 2 2.1 6.3L20.5 10l-6.4 2.1L12 18.5l-2.1-6.4L3.5 10l6.4-1.7ZM19 15l.9 2.6 2.6.9-2.6.9L19' +
  ' 22l-.9-2.6-2.6-.9 2.6-.9Z';

/** The chat header's icons, as Lit templates (no network, no icon font; the loader draws its own: dom.ts). */
const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}/></svg>`;
export const closeIcon = icon(CLOSE_PATH);
export const sparkIcon = icon(SPARK_PATH);
