#!/usr/bin/env node
// `npm start`: builds the widget, starts the reference platform (127.0.0.1:8000) and serves
// the demo site from another origin (127.0.0.1:8080), so CORS is exercised as on a real site.
// Ports: PLATFORM_PORT, DEMO_PORT. Extra platform flags after `--`, e.g.
//   npm start -- --fault ws-1011
//   npm start -- --dialect realtime        (MIPTech Realtime, G4; realtime-jwt for G3)
//   npm start -- --strict                  (the guide's protocol without our extensions)
// `npm run dev` (--dev): the same, with rollup in watch mode; every rebuild, and every change
// under demo/, reloads the open demo pages.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startPlatform } from './platform/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';
const platformPort = Number(process.env.PLATFORM_PORT ?? 8000);
const demoPort = Number(process.env.DEMO_PORT ?? 8080);
const { values } = parseArgs({ options: { fault: { type: 'string', multiple: true, default: [] }, 'stream-delay': { type: 'string', default: '30' }, 'no-build': { type: 'boolean', default: false }, dev: { type: 'boolean', default: false }, dialect: { type: 'string', default: 'guide' }, strict: { type: 'boolean', default: false } } });

/** Demo pages open with --dev: an event stream each, told to reload after a rebuild. */
const reloaders = new Set();
const RELOAD = '<script>new EventSource("/__reload").onmessage = () => location.reload();</script>';
const reload = () => reloaders.forEach((res) => res.write('data: reload\n\n'));

if (values.dev) {
  const { watch } = await import('rollup');
  const { default: configs } = await import(new URL('../rollup.config.mjs', import.meta.url));
  // The ES module build is for bundlers, not the demo: the loader and its chunks are enough.
  const quiet = (warning, warn) => warning.code !== 'SOURCEMAP_BROKEN' && warn(warning);
  const watcher = watch(configs.slice(0, 2).map((c) => ({ ...c, onwarn: quiet, watch: { clearScreen: false } })));
  watcher.on('event', (event) => {
    if (event.code === 'ERROR') console.error(`Build failed: ${event.error.message}`);
    if (event.code === 'END') {
      console.log('Rebuilt; reloading the demo pages.');
      reload();
    }
    event.result?.close();
  });
  const { watch: watchFiles } = await import('node:fs');
  watchFiles(join(root, 'demo'), { recursive: false }, () => reload());
} else if (!values['no-build']) {
  console.log('Building the widget…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.md': 'text/markdown; charset=utf-8' };

/**
 * The widget's files, as the build lists them (dist/served-files.json: the loader, its chunks,
 * the languages, the source maps). Read per request: `npm run dev` rebuilds under new names.
 */
function builtFile(path) {
  try {
    const { files } = JSON.parse(readFileSync(join(root, 'dist', 'served-files.json'), 'utf8'));
    return files.includes(path.slice(1)) ? join(root, 'dist', path.slice(1)) : null;
  } catch {
    return null; // not built yet
  }
}

/** The request's path, decoded; null when it is not a path at all (`GET http://[`, `/%E0`). */
function requestPath(req) {
  try {
    return decodeURIComponent(new URL(req.url, 'http://demo.local').pathname);
  } catch {
    return null;
  }
}

/** Static files: the demo pages, and every file the widget's build emits, under /. */
function serveDemo(req, res) {
  const path = requestPath(req);
  if (path === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    return res.end('Bad request');
  }
  if (values.dev && path === '/__reload') {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    reloaders.add(res);
    return void req.on('close', () => reloaders.delete(res));
  }
  const file = builtFile(path) ?? join(root, 'demo', normalize(path === '/' ? '/index.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile() || file.includes(`${join(root, 'demo', 'platform')}`)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('Not found');
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  if (extname(file) === '.html' && (platformPort !== 8000 || values.dev)) {
    // The pages carry the snippet as pasted, pointing at :8000; follow PLATFORM_PORT instead.
    const page = readFileSync(file, 'utf8').replaceAll(`http://${host}:8000`, `http://${host}:${platformPort}`);
    return res.end(values.dev ? page.replace('</body>', `${RELOAD}</body>`) : page);
  }
  createReadStream(file).pipe(res);
}

async function main() {
  let platform;
  try {
    // The signed-in demo needs the site's backend (a token, a demo login), which the platform plays.
    platform = await startPlatform({ port: platformPort, host, faults: values.fault, streamDelayMs: Number(values['stream-delay']), demoBackend: true, quiet: false, dialect: values.dialect, strict: values.strict });
  } catch (error) {
    if (!error.code) console.error(`\nThe platform could not start: ${error.message}`);
    else console.error(`\nThe platform could not listen on ${host}:${platformPort} (${error.code ?? error.message}). Set PLATFORM_PORT to another port.`);
    process.exit(1);
  }
  // No request ends the demo (and its platform with it): whatever serving one throws is a 500.
  const demo = createServer((req, res) => {
    try {
      serveDemo(req, res);
    } catch (error) {
      console.error(`[demo] ${req.method} ${req.url}: ${error.message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    }
  });
  demo.on('error', (error) => {
    console.error(`\nThe demo site could not listen on ${host}:${demoPort} (${error.code}). Set DEMO_PORT to another port.`);
    process.exit(1);
  });
  demo.listen(demoPort, host, () => {
    const faults = Object.keys(platform.state.faults);
    console.log(`
  MIPTech Chat demo

    Demo site:          http://${host}:${demoPort}/
    Signed-in demo:     http://${host}:${demoPort}/account.html
    Diagnostics demo:   http://${host}:${demoPort}/debug.html
    Playground:         http://${host}:${demoPort}/playground.html
    Reference platform: ${platform.url}  (${platform.state.dialect}${platform.state.strict ? ', strict' : ''}; faults: ${faults.length ? faults.join(', ') : 'none'})

  Open the demo site and ask "What services does MIPTech offer?". Ctrl-C stops both.
`);
  });
  const stop = async () => {
    console.log('\nStopping…');
    reloaders.forEach((res) => res.end());
    demo.closeAllConnections?.();
    demo.close();
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
