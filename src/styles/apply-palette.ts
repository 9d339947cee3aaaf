/**
 * `primary-color` → brand, hover and an AA-contrast text colour, as private custom
 * properties on `target` through the CSSOM (never a style attribute: strict CSPs block those).
 */
import { derivePalette, parseRgb } from './palette.js';

const NAMES = ['--_primary', '--_on-primary', '--_primary-hover'] as const;

export function applyPalette(target: HTMLElement, color: string | null): void {
  for (const name of NAMES) target.style.removeProperty(name);
  if (!color) return;
  const rgb = parseRgb(normaliseColor(color));
  const palette = rgb ? derivePalette(rgb) : { primary: color, onPrimary: '#ffffff', primaryHover: color };
  target.style.setProperty('--_primary', palette.primary);
  target.style.setProperty('--_on-primary', palette.onPrimary);
  target.style.setProperty('--_primary-hover', palette.primaryHover);
}

/**
 * Any CSS colour → `#rrggbb` or `rgba(…)` as a canvas spells it. Not getComputedStyle: that
 * would force a style recalculation between render and here and animate the launcher from
 * the default colour.
 */
function normaliseColor(color: string): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return color;
  context.fillStyle = '#000000';
  context.fillStyle = color;
  return String(context.fillStyle);
}
