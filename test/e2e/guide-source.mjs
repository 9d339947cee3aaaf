// The integration guide's own JavaScript, taken at test time from the guide itself
// (../shared/seed/, beside the repository); the repository keeps no copy. The guide indents its
// code by two spaces under each "File:" heading: those are removed, nothing else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GUIDE = fileURLToPath(new URL('../../../shared/seed/000_5bdfa2d75be7301c.txt', import.meta.url));

/** The text between two headings of the guide, dedented by the guide's two spaces. */
function section(text, from, to) {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`the guide (${GUIDE}) no longer has a section from "${from}" to "${to}"`);
  return text
    .slice(start + from.length, end)
    .split('\n')
    .map((line) => line.replace(/^ {2}/, ''))
    .join('\n')
    .trim();
}

/** `websocketManager.js`, `miptechApi.js` (ES modules, as the guide writes them) and its browser console tests. */
export function guideSources() {
  const text = readFileSync(GUIDE, 'utf8');
  return {
    'websocketManager.js': section(text, 'File: src/services/websocketManager.js', '🔧 API Client with Proper Headers'),
    'miptechApi.js': section(text, 'File: src/services/miptechApi.js', '⚙️ Environment Configuration'),
    'console-tests.js': section(text, 'Browser Console Tests:', 'Expected Success Indicators:'),
  };
}
