/**
 * The loader draws with the DOM, not a template library: what it shows before the chat arrives
 * is a button (and, for a chat that cannot be fetched, a notice), and every page view pays for
 * its bytes. Only our own words
 * and constants go in, as text and attributes: nothing is ever parsed as HTML.
 */
type Child = Node | string | null;

/** `<tag attr=…>children</tag>`; a null attribute is left out. */
export function h(tag: string, attributes: Record<string, string | null> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => child !== null));
  return element;
}

/** Sets or removes `name` (null removes it), touching the DOM only when it changes. */
export function attr(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Sets the text of `element`, touching the DOM only when it changes. */
export function text(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

/** An inline 24 × 24 icon from its path data (icon-paths.ts), hidden from assistive technology. */
export function icon(path: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const shape = document.createElementNS(ns, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}
