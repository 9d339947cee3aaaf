import { nothing, render, type TemplateResult } from 'lit/html.js';

/**
 * Draws the chat's panel (or takes it away) in the element's root, before `anchor`: the loader
 * draws its own parts (the launcher, the status region) after it, with the DOM. Lit arrives with
 * the chat, so a page that never opens it never pays for it.
 */
export function drawPanel(panel: TemplateResult | null, root: HTMLElement, anchor: ChildNode, host: object): void {
  render(panel ?? nothing, root, { renderBefore: anchor, host });
}
