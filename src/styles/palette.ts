/**
 * Colours derived from `primary-color`: a text colour on it that meets WCAG AA (4.5:1) and a
 * hover shade. Pure: the element turns whatever CSS colour it was given into rgb() first.
 */
export type Rgb = readonly [number, number, number];

/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)` or `#abc` / `#aabbcc`. */
export function parseRgb(value: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{1,2})?$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  if (!fn) return null;
  return [fn[1], fn[2], fn[3]].map((n) => Math.max(0, Math.min(255, Math.round(Number(n))))) as unknown as Rgb;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const WHITE: Rgb = [255, 255, 255];
// Pure black: with it, max(contrast on white, on black) is at least 4.58 for every colour.
export const BLACK: Rgb = [0, 0, 0];

const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => Math.round(v + (b[i] - v) * t)) as unknown as Rgb;

export interface Palette {
  primary: string;
  onPrimary: string;
  primaryHover: string;
}

/** The text colour with the higher contrast always reaches at least 4.5:1 against any colour. */
export function derivePalette(primary: Rgb): Palette {
  const onPrimary = contrastRatio(primary, WHITE) >= contrastRatio(primary, BLACK) ? WHITE : BLACK;
  // Hover moves away from the text colour's opposite so the button stays readable.
  const hover = onPrimary === WHITE ? mix(primary, [0, 0, 0], 0.15) : mix(primary, WHITE, 0.2);
  return { primary: css(primary), onPrimary: css(onPrimary), primaryHover: css(hover) };
}
