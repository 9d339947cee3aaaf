// dist/served-files.json: every file the script-tag builds emit (the loader, the chat chunk, the
// site owner's chunk, each language's words, and their source maps), by name. A server that
// hosts the widget (demo/start.mjs) serves exactly these from dist/, rather than guessing by
// a name prefix, which once left the chunks out.
import { mkdirSync, writeFileSync } from 'node:fs';

export const SERVED_FILES = 'dist/served-files.json';

/**
 * One instance for the builds that share the list; each build replaces its own files in it (a
 * rebuild in watch mode drops the names it no longer writes) and rewrites the list.
 */
export function servedFiles() {
  const byOutput = new Map();
  return {
    name: 'served-files',
    generateBundle(output, bundle) {
      byOutput.set(output.dir ?? output.file, Object.values(bundle).map((item) => item.fileName));
      mkdirSync('dist', { recursive: true });
      const files = [...byOutput.values()].flat().sort();
      writeFileSync(SERVED_FILES, `${JSON.stringify({ files }, null, 2)}\n`);
    },
  };
}
