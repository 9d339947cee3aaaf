#!/usr/bin/env node
// The MIPTech reference platform: REST + WebSocket per docs/protocol.md, CORS, answers streamed
// from the built-in knowledge base, fault switches. Loopback only by default.
//
//   node demo/platform/server.mjs [--port 8000] [--host 127.0.0.1] [--stream-delay 30]
//        [--fault NAME[=VALUE]]… [--data FILE] [--control] [--demo-backend] [--quiet]
//        [--dialect guide|realtime|realtime-jwt] [--strict]
//
// --dialect plays one of MIPTech's protocol generations (docs/protocol.md, "Dialects"): `guide`
// (the default: the integration guide's, with our extensions; --strict drops them), `realtime`
// (G4: WebSocket only, realtime-dialect.mjs) or `realtime-jwt` (G3: a JWT in join_chat).
// --demo-backend plays the demo site's own server: /demo/token and /demo/login (npm start).
// Faults are listed in faults.mjs (also MIPTECH_FAULTS="ws-1011,latency=300").
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ChatStore } from './chat-store.mjs';
import { platformState } from './platform-state.mjs';
import { createHttpHandler } from './http-api.mjs';
import { loadKnowledge } from './knowledge.mjs';
import { RealtimeHub } from './realtime.mjs';
import { RealtimeDialectHub } from './realtime-dialect.mjs';

export const DIALECTS = ['guide', 'realtime', 'realtime-jwt'];
import { LIMITS } from './validate.mjs';
import { loadTenants } from './tenants.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * No request can end the process: whatever a handler throws, or rejects with, is logged, and
 * its client gets a 500 (or, mid-upgrade, its socket is closed).
 */
function guard(state, target, run) {
  const fail = (error) => {
    state.log(`unhandled: ${error?.stack ?? error}`);
    if (typeof target.writeHead === 'function' && !target.headersSent) {
      target.writeHead(500, { 'Content-Type': 'application/json' });
      target.end(JSON.stringify({ detail: 'Internal server error' }));
    } else target.destroy?.();
  };
  try {
    Promise.resolve(run()).catch(fail);
  } catch (error) {
    fail(error);
  }
}

export async function startPlatform(options = {}) {
  const dialect = options.dialect ?? 'guide';
  if (!DIALECTS.includes(dialect)) throw new Error(`unknown dialect "${dialect}" (one of ${DIALECTS.join(', ')})`);
  /** Everything the platform's modules share (platform-state.mjs): settings, store, faults, counters, hub. */
  const settings = {
    tenants: loadTenants(options.tenantsFile ?? here('./tenants.json')),
    knowledge: loadKnowledge(options.knowledgeDir ?? here('../knowledge')),
    store: new ChatStore(options.dataFile ?? null),
    streamDelayMs: options.streamDelayMs ?? 30,
    thinkMs: options.thinkMs ?? 250,
    control: Boolean(options.control),
    /** The demo site's backend (/demo/token, /demo/login), only when asked for (`npm start`). */
    demoBackend: Boolean(options.demoBackend),
    dialect,
    /** The guide's protocol without our extensions: no auth_success, seq or index; session_id from the URL only. */
    strict: Boolean(options.strict),
    /** realtime-jwt's join deadline (10 s, as G3's; tests shorten it). */
    joinDeadlineMs: options.joinDeadlineMs,
    log: options.quiet ? () => undefined : (line) => console.log(`[platform] ${line}`),
  };
  const hub = (state) => (dialect === 'guide' ? new RealtimeHub(state) : new RealtimeDialectHub(state, { jwt: dialect === 'realtime-jwt' }));
  const state = platformState(settings, options.faults ?? [], hub);
  const handle = createHttpHandler(state);
  // Slow headers and dribbled bodies are cut (Node's defaults hold them for 60 and 300 s).
  const timeouts = {
    headersTimeout: options.headersTimeoutMs ?? LIMITS.headersTimeoutMs,
    requestTimeout: options.requestTimeoutMs ?? LIMITS.requestTimeoutMs,
    // How often Node looks for requests past those timeouts (its default, 30 s, would add as much).
    connectionsCheckingInterval: 1000,
  };
  const server = createServer(timeouts, (req, res) => guard(state, res, () => handle(req, res)));
  server.on('upgrade', (req, socket, head) => guard(state, socket, () => state.hub.handleUpgrade(req, socket, head)));
  server.on('clientError', (_error, socket) => socket.destroy());
  const host = options.host ?? '127.0.0.1';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8000, host, resolve);
  });
  const { port } = server.address();
  state.listening(`http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  return {
    port,
    url: state.publicUrl,
    state,
    /** Closes clients first: wss.close() alone would wait for them forever. */
    close: () =>
      new Promise((resolve) => {
        state.closing();
        state.hub.closeAll();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      'stream-delay': { type: 'string', default: '30' },
      fault: { type: 'string', multiple: true, default: [] },
      data: { type: 'string' },
      control: { type: 'boolean', default: false },
      'demo-backend': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      dialect: { type: 'string', default: 'guide' },
      strict: { type: 'boolean', default: false },
    },
  });
  const faults = [...(process.env.MIPTECH_FAULTS ?? '').split(','), ...values.fault].filter(Boolean);
  const running = await startPlatform({
    port: Number(values.port),
    host: values.host,
    streamDelayMs: Number(values['stream-delay']),
    faults,
    dataFile: values.data,
    control: values.control,
    demoBackend: values['demo-backend'],
    quiet: values.quiet,
    dialect: values.dialect,
    strict: values.strict,
  });
  const active = Object.keys(running.state.faults);
  const dialect = `${running.state.dialect}${running.state.strict ? ', strict' : ''}`;
  console.log(`MIPTech reference platform on ${running.url} (${dialect}; tenants: ${[...running.state.tenants.keys()].join(', ')}; faults: ${active.length ? active.join(', ') : 'none'})`);
  // A machine-readable line for the test rig.
  if (process.env.MIPTECH_PLATFORM_READY) console.log(`PLATFORM_READY ${JSON.stringify({ port: running.port })}`);
  const stop = () => running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`The platform could not start: ${error.message}`);
    process.exit(1);
  });
}
