// What the build checks and records about itself: no Node-only code in a browser bundle, each
// module's share of each file (dist/size-report.json, for the budget tests), and a dist/ that
// holds exactly this build's chunks.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Fails the build if Node-only code slipped into the browser bundle. */
export const noNodeCode = {
  name: 'no-node-code',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && /\bBuffer\.|require\(['"]crypto['"]\)|process\.env/.test(chunk.code)) {
        this.error(`${chunk.fileName} contains Node-only code (Buffer, crypto or process.env)`);
      }
    }
  },
};

/** What each module adds to each file (gzip of its own code, an estimate), for the budget tests: one report the builds share. */
export function sizeReport(version) {
  const report = { version, files: {} };
  return {
    name: 'size-report',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.fromEntries(
          Object.entries(chunk.modules)
            .filter(([, m]) => m.code)
            .map(([id, m]) => [relative(process.cwd(), id.replace(/^\0/, '')).replaceAll('\\', '/'), gzip(m.code)]),
        );
        report.files[chunk.fileName] = { gzip: gzip(chunk.code), modules };
      }
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/size-report.json', `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}

/** Old chat chunks go before a new one is written: dist/ holds exactly the build's files. */
export const removeOldChunks = {
  name: 'remove-old-chunks',
  buildStart() {
    mkdirSync('dist', { recursive: true });
    for (const file of readdirSync('dist')) if (/^miptech-chat\.(chat|debug|realtime|locale)-/.test(file)) rmSync(`dist/${file}`);
  },
};
