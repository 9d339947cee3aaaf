// Web Test Runner server commands that run the real reference platform in child processes,
// so browser tests can start, SIGKILL, stop, restart and reconfigure it:
//   executeServerCommand('platform-start', { faults, streamDelayMs, dialect, strict }) → { id, port, url }
//   'platform-kill' | 'platform-stop' | 'platform-restart' ({ id, faults?, streamDelayMs? }), 'platform-faults' ({ id, faults }),
//   'platform-stats' ({ id }) → { connections, sockets }
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../demo/platform/server.mjs', import.meta.url));
const running = new Map();
let nextId = 1;

function launch(instance) {
  const args = [SERVER, '--port', String(instance.port), '--quiet', '--control', '--demo-backend', '--data', instance.dataFile, '--stream-delay', String(instance.streamDelayMs)];
  for (const fault of instance.faults) args.push('--fault', fault);
  if (instance.dialect) args.push('--dialect', instance.dialect);
  if (instance.strict) args.push('--strict');
  const child = spawn(process.execPath, args, { env: { ...process.env, MIPTECH_PLATFORM_READY: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  instance.child = child;
  instance.exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the platform did not start: ${output}`)), 10_000);
    child.stdout.on('data', (data) => {
      output += data;
      const match = /PLATFORM_READY (\{.*\})/.exec(output);
      if (match) {
        clearTimeout(timer);
        instance.port = JSON.parse(match[1]).port;
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the platform exited (${code}): ${output}`)));
  });
}

async function signal(instance, sig) {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill(sig);
  await instance.exited;
}

async function control(instance, path, body) {
  const res = await fetch(`http://127.0.0.1:${instance.port}${path}`, body ? { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {});
  return res.json();
}

const commands = {
  async 'platform-start'(payload = {}) {
    const instance = {
      id: nextId++,
      port: 0,
      faults: payload.faults ?? [],
      streamDelayMs: payload.streamDelayMs ?? 5,
      dialect: payload.dialect,
      strict: payload.strict,
      dataFile: join(mkdtempSync(join(tmpdir(), 'miptech-wtr-')), 'journal.jsonl'),
    };
    await launch(instance);
    running.set(instance.id, instance);
    return { id: instance.id, port: instance.port, url: `http://127.0.0.1:${instance.port}` };
  },
  async 'platform-kill'({ id }) {
    await signal(running.get(id), 'SIGKILL');
    return true;
  },
  async 'platform-stop'({ id }) {
    const instance = running.get(id);
    if (!instance) return false;
    await signal(instance, 'SIGTERM');
    running.delete(id);
    return true;
  },
  async 'platform-restart'({ id, faults, streamDelayMs }) {
    const instance = running.get(id);
    await signal(instance, 'SIGKILL');
    if (faults) instance.faults = faults;
    if (streamDelayMs !== undefined) instance.streamDelayMs = streamDelayMs;
    await launch(instance); // same port, same journal: the chats survive
    return { port: instance.port };
  },
  async 'platform-faults'({ id, faults }) {
    return control(running.get(id), '/__control/faults', { faults });
  },
  async 'platform-flood'({ id, count }) {
    return control(running.get(id), '/__control/flood', { count });
  },
  async 'platform-drop-sockets'({ id }) {
    return control(running.get(id), '/__control/drop-sockets', {});
  },
  async 'platform-stats'({ id }) {
    return control(running.get(id), '/__control/stats');
  },
  async 'platform-revoke-tokens'({ id }) {
    return control(running.get(id), '/__control/revoke-tokens', {});
  },
};

process.on('exit', () => {
  for (const instance of running.values()) instance.child?.kill('SIGKILL');
});

/**
 * Chromium only: DOM counters and heap use through the DevTools protocol, for leak checks.
 * Other browsers answer { available: false } (their drivers expose no such counters; a
 * command that answers null counts as unhandled).
 */
async function pageMetrics(session) {
  const page = session.browser.getPage?.(session.id);
  if (!page || typeof page.createCDPSession !== 'function' || session.browser.name !== 'Chrome') return { available: false };
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { available: true, listeners: counters.jsEventListeners, nodes: counters.nodes, heapUsed: heap.usedSize };
  } finally {
    await cdp.detach();
  }
}

export function platformCommandsPlugin() {
  return {
    name: 'platform-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'page-metrics') return pageMetrics(session);
      const run = commands[command];
      return run ? run(payload) : undefined;
    },
  };
}
