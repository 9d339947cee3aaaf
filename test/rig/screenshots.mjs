// Screenshot tests for layout (issue 24): a picture of a scene, compared with the one stored in
// docs/screenshots/ (the README shows the same files), in Chromium only. The browser compares
// (it decodes PNG for free); this side takes the picture and reads and writes the files.
//   executeServerCommand('screenshots-supported') → whether this browser takes the pictures
//   executeServerCommand('screenshot', { name, clip }) →
//     { supported: false } outside Chromium, else
//     { actual, baseline, renderedWith } (PNG as base64; baseline null when none is stored)
//   executeServerCommand('screenshot-keep', { name, as: 'baseline' | 'failed', renderedWith? })
//     stores the last picture of `name`: as the new baseline (MIPTECH_UPDATE_SCREENSHOTS=1), or
//     beside the tests for a look at what differed (test/screenshots-failed/, not committed).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const BASELINES = join(root, 'docs/screenshots');
const FAILED = join(root, 'test/screenshots-failed');
/** The fonts the baselines were drawn with (fingerprinted by the test): pictures from other fonts differ in every word. */
const RENDERED_WITH = join(BASELINES, 'rendered-with.json');

/** Only a name of letters, digits and dashes becomes a file name. */
const fileFor = (dir, name) => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name "${name}": letters, digits and dashes only`);
  return join(dir, `${name}.png`);
};

export function screenshotsPlugin() {
  /** The last picture taken of each name, for `screenshot-keep`. */
  const taken = new Map();
  return {
    name: 'screenshots',
    async executeCommand({ command, payload, session }) {
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : null;
      if (command === 'screenshots-supported') return /chrom/i.test(page ? await page.browser().version() : '');
      if (command === 'screenshot') {
        const version = page ? await page.browser().version() : '';
        if (!/chrom/i.test(version)) return { supported: false };
        const png = await page.screenshot({ type: 'png', clip: payload.clip, captureBeyondViewport: false });
        const actual = Buffer.from(png).toString('base64');
        taken.set(payload.name, actual);
        const file = fileFor(BASELINES, payload.name);
        return {
          supported: true,
          update: process.env.MIPTECH_UPDATE_SCREENSHOTS === '1',
          actual,
          baseline: existsSync(file) ? readFileSync(file).toString('base64') : null,
          renderedWith: existsSync(RENDERED_WITH) ? JSON.parse(readFileSync(RENDERED_WITH, 'utf8')) : null,
        };
      }
      if (command === 'screenshot-keep') {
        const picture = taken.get(payload.name);
        if (!picture) throw new Error(`no screenshot "${payload.name}" was taken`);
        const file = fileFor(payload.as === 'baseline' ? BASELINES : FAILED, payload.name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, Buffer.from(picture, 'base64'));
        if (payload.as === 'baseline' && payload.renderedWith) writeFileSync(RENDERED_WITH, `${JSON.stringify(payload.renderedWith, null, 2)}\n`);
        return file.slice(root.length);
      }
      return undefined;
    },
  };
}
