/**
 * Colours as the screen shows them, for contrast checks: any CSS colour a browser computes
 * (`rgb()`, `lch()`, `color(srgb …)`) painted on a canvas and read back as sRGB bytes.
 */
export type Rgb = [number, number, number];

const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

export function rgbOf(color: string): Rgb {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string | Rgb, b: string | Rgb): number {
  const [x, y] = [a, b].map((c) => luminance(typeof c === 'string' ? rgbOf(c) : c));
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The first opaque background behind `node` (up through shadow roots), else white. */
export function backgroundBehind(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/,\s*0\)$|\/\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** WCAG contrast of an element's text against the first opaque background behind it. */
export const textContrast = (node: Element): number => contrast(getComputedStyle(node).color, backgroundBehind(node));
