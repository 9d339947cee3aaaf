#!/usr/bin/env node
// `npm run bench`: prints numbers, asserts nothing.
//  1. Size: the gzipped script and what each dependency costs in it.
//  2. Reconnection storm: 10,000 widgets running the project's own ChatSocket (backoff, jitter,
//     floors) on a virtual clock against a platform that restarts: peak attempts per second and
//     the time until 99% are back.
//  3. Streaming cost in Chromium: render time per frame as an answer grows to 20,000 characters.
// Sections: `npm run bench -- size fleet render` (default: all).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuildPlugin from 'rollup-plugin-esbuild';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runFleet } from './fleet-sim.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sections = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const want = (name) => sections.length === 0 || sections.includes(name);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundleSize(external) {
  const bundle = await rollup({
    input: join(root, 'src/index.ts'),
    external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), esbuildPlugin({ target: 'es2021', tsconfig: join(root, 'tsconfig.build.json') }), terser({ format: { comments: false } })],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'M', globals: (id) => id.replace(/\W/g, '_') });
  return gzipSync(output[0].code, { level: 9 }).length;
}

async function sizeSection() {
  console.log('\n## Size (gzip -9)');
  const built = join(root, 'dist/miptech-chat.js');
  if (existsSync(built)) console.log(`dist/miptech-chat.js: ${kb(gzipSync(readFileSync(built), { level: 9 }).length)}`);
  const groups = { lit: ['lit', '@lit/reactive-element', 'lit-html', 'lit-element'], ky: ['ky'], nanoid: ['nanoid'], marked: ['marked'], };
  const full = await bundleSize([]);
  const all = await bundleSize(Object.values(groups).flat());
  console.log(`whole bundle: ${kb(full)}; our own code alone: ${kb(all)}`);
  for (const [name, ids] of Object.entries(groups)) {
    console.log(`  ${name.padEnd(10)} ${kb(full - (await bundleSize(ids)))} (bundle minus the bundle without it)`);
  }
}

async function fleetSection() {
  console.log('\n## Reconnection storm: 10,000 widgets, platform restart');
  const out = mkdtempSync(join(tmpdir(), 'miptech-bench-'));
  const compile = async (source, name) => {
    await build({ entryPoints: [join(root, source)], bundle: true, format: 'esm', platform: 'neutral', outfile: join(out, name), logLevel: 'error' });
    return import(pathToFileURL(join(out, name)).href);
  };
  const { ChatSocket } = await compile('src/socket/chat-socket.ts', 'chat-socket.mjs');
  // The unit tests' virtual clock, seeded random and WebSocket, so a run is repeatable.
  const { FakeScheduler, seededRandom } = await compile('testing/fake-scheduler.ts', 'fake-scheduler.mjs');
  const { FakeWebSocket } = await compile('testing/fake-websocket.ts', 'fake-websocket.mjs');
  for (const downtimeMs of [5_000, 30_000]) {
    const r = runFleet({ ChatSocket, FakeScheduler, FakeWebSocket, seededRandom, clients: 10_000, downtimeMs, seed: 42 });
    console.log(`platform down ${downtimeMs / 1000} s: peak ${r.peakPerSecond} attempts/s (second ${r.peakSecond}), ` +
      `${r.totalAttempts} attempts in all, 99% back ${(r.p99BackMs / 1000).toFixed(1)} s after it returned ` +
      `(all back ${(r.allBackMs / 1000).toFixed(1)} s), busiest 100 ms after return: ${r.peakPer100msAfterReturn} attempts`);
  }
  const flapping = runFleet({ ChatSocket, FakeScheduler, FakeWebSocket, seededRandom, clients: 1, downtimeMs: 10_000, seed: 7, failWith: 1011, horizonMs: 10_000 });
  console.log(`one widget against a platform that accepts and closes 1011: ${flapping.totalAttempts} attempts in the first 10 s`);
}

async function renderSection() {
  console.log('\n## Streaming render cost in Chromium (ms per frame, median of 5)');
  const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) return console.log(`skipped: ${chromium} is not installed`);
  if (!existsSync(join(root, 'dist/miptech-chat.js'))) return console.log('skipped: run npm run build first');
  const { measureStreaming } = await import('./render-bench.mjs');
  const rows = await measureStreaming({ chromium, script: readFileSync(join(root, 'dist/miptech-chat.js'), 'utf8') });
  for (const row of rows) console.log(`answer at ${String(row.chars).padStart(6)} chars (${row.blocks} blocks): ${row.frameMs.toFixed(2)} ms per frame`);
  console.log('(a frame at 60 Hz lasts 16.7 ms; only the last markdown block is parsed and sanitized again)');
}

if (want('size')) await sizeSection();
if (want('fleet')) await fleetSection();
if (want('render')) await renderSection();
