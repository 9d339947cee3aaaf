// The first step of `npm test`, before type-checking and building: are the browsers there?
// If not, say which Debian packages to install, or where to point at browsers installed
// elsewhere, and end with the plain summary line CI reads.
import { spawnSync } from 'node:child_process';
import { BROWSERS, missingBrowsers } from '../test/rig/browsers.mjs';

const browsers = (process.env.MIPTECH_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const missing = missingBrowsers(browsers);
const needsXvfb = browsers.includes('webkit') && !process.env.DISPLAY;
const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (missing.length > 0 || (needsXvfb && !hasXvfb)) {
  const packages = [...missing.map((m) => m.debianPackage), ...(needsXvfb && !hasXvfb ? ['xvfb'] : [])];
  const variables = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkit: 'WEBKIT_DRIVER_PATH' };
  console.error(`\nThe browser tests need ${packages.join(', ')}, which ${packages.length === 1 ? 'is' : 'are'} not installed.`);
  console.error('Install them from Debian (nothing downloads a browser of its own):\n');
  console.error(`    sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`);
  for (const { name } of missing) console.error(`Or point ${variables[name]} at ${name === 'webkit' ? 'a WebKitWebDriver' : `a ${name} binary`} installed elsewhere (looked for ${BROWSERS[name].binary}).`);
  console.error('Or run a subset, e.g.  MIPTECH_BROWSERS=chromium npm test');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
