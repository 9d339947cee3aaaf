// Helpers for the platform's Node tests: a platform per test on a free loopback port.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startPlatform } from '../../demo/platform/server.mjs';

export const ORIGIN = 'http://127.0.0.1:8080';

export async function platform(options = {}) {
  const running = await startPlatform({ port: 0, quiet: true, streamDelayMs: 1, thinkMs: 1, ...options });
  const api = (path, init = {}) =>
    fetch(`${running.url}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', 'X-Tenant-ID': 'miptech-company', Origin: ORIGIN, ...(init.headers ?? {}) },
    });
  return { ...running, api };
}

export const tempFile = (name) => join(mkdtempSync(join(tmpdir(), 'miptech-platform-')), name);

export async function createChat(p, session = 's1') {
  const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: session, visitor_id: 'v1', title: 'Website Chat', context: {} }) });
  return res.json();
}

export const sendBody = (content, clientId) => JSON.stringify({ content, role: 'user', metadata: { timestamp: 'now', page_url: 'http://x/', tenant_id: 'miptech-company', client_message_id: clientId } });

/** A WebSocket client that records frames and its close. */
export function connect(p, { tenant = 'miptech-company', session = 's1', origin = ORIGIN } = {}) {
  const ws = new WebSocket(`${p.url.replace('http', 'ws')}/api/v1/ws/chat?tenant_id=${tenant}&session_id=${session}`, { headers: { Origin: origin } });
  const client = { ws, frames: [], raw: [], closed: null };
  ws.on('message', (data) => {
    client.raw.push(String(data));
    try {
      client.frames.push(JSON.parse(String(data)));
    } catch {
      // kept in raw
    }
  });
  client.opened = new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  client.closedPromise = new Promise((resolve) => ws.once('close', (code, reason) => resolve((client.closed = { code, reason: String(reason) }))));
  client.auth = async (extra = {}) => {
    await client.opened;
    ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: tenant, session_id: session, user_agent: 'node', page_url: 'http://x/', ...extra } }));
    await until(() => client.frames.some((f) => f.type === 'auth_success') || client.closed, 'auth_success');
    return client;
  };
  return client;
}

export async function until(condition, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
