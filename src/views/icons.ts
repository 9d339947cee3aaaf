import { svg } from 'lit/html.js';
import { CLOSE_PATH, SPARK_PATH } from './icon-paths.js';

/** The chat header's icons, as Lit templates (no network, no icon font; the loader draws its own: dom.ts). */
const icon = (path: string) => svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${path}/></svg>`;
export const closeIcon = icon(CLOSE_PATH);
export const sparkIcon = icon(SPARK_PATH);
