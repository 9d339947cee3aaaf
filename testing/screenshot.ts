/**
 * Compares a scene with its stored picture (docs/screenshots/, test/rig/screenshots.mjs): pixel
 * by pixel, with a tolerance for anti-aliasing. Chromium only; elsewhere, and on a machine whose
 * fonts differ from the ones the pictures were drawn with (every word would differ), it says why
 * it cannot compare, and the test skips. MIPTECH_UPDATE_SCREENSHOTS=1 stores new pictures.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A pixel differs when one of its channels is off by more than this (of 255). */
const CHANNEL_TOLERANCE = 48;
/** A picture matches when at most this share of its pixels differs. */
const PIXEL_TOLERANCE = 0.01;

interface Taken {
  supported: boolean;
  update?: boolean;
  actual?: string;
  baseline?: string | null;
  renderedWith?: Record<string, number> | null;
}

/** How wide a few strings are in the fonts the widget asks for: equal widths, the same fonts. */
export function fontFingerprint(): Record<string, number> {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string, text: string) => ((context.font = font), Math.round(context.measureText(text).width * 10) / 10);
  return {
    'system-ui': width('14px system-ui', 'Sphinx of black quartz, judge my vow 0123456789'),
    'system-ui bold': width('600 14px system-ui', 'Sphinx of black quartz, judge my vow'),
    arabic: width('14px system-ui', 'ما الخدمات التي تقدمها شركة ميبتك؟'),
    monospace: width('13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', 'const site = 1;'),
  };
}

async function pixels(base64: string): Promise<ImageData> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** The share of pixels that differ beyond the tolerance, or 1 when the sizes differ. */
export function difference(a: ImageData, b: ImageData): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(a.data[i + c] - b.data[i + c]) > CHANNEL_TOLERANCE) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

/**
 * Takes the picture of `clip` (page pixels) and compares it with the stored `name`. Resolves to
 * null when they match (or a new picture was stored), or to the reason it could not compare.
 * Throws when they differ, keeping the new picture in test/screenshots-failed/ for a look.
 */
export async function matchScreenshot(name: string, clip: { x: number; y: number; width: number; height: number }): Promise<string | null> {
  const rounded = { x: Math.floor(clip.x), y: Math.floor(clip.y), width: Math.ceil(clip.width), height: Math.ceil(clip.height) };
  const taken = (await executeServerCommand('screenshot', { name, clip: rounded })) as Taken;
  if (!taken.supported) return 'pictures are compared in Chromium only';
  const fonts = fontFingerprint();
  if (taken.update) {
    await executeServerCommand('screenshot-keep', { name, as: 'baseline', renderedWith: fonts });
    return null;
  }
  if (!taken.baseline) throw new Error(`no stored picture docs/screenshots/${name}.png: run the test with MIPTECH_UPDATE_SCREENSHOTS=1, look at it, and commit it`);
  const stored = taken.renderedWith;
  if (stored && Object.keys({ ...stored, ...fonts }).some((key) => stored[key] !== fonts[key as keyof typeof fonts])) {
    return `this machine's fonts are not those the pictures were drawn with (${JSON.stringify(fonts)}, not ${JSON.stringify(taken.renderedWith)})`;
  }
  const share = difference(await pixels(taken.actual!), await pixels(taken.baseline));
  if (share > PIXEL_TOLERANCE) {
    const kept = await executeServerCommand('screenshot-keep', { name, as: 'failed' });
    throw new Error(`${name}: ${share === 1 ? 'a different size' : `${(share * 100).toFixed(2)}% of pixels differ`} from docs/screenshots/${name}.png (the new picture: ${kept})`);
  }
  return null;
}
