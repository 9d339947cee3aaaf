// Helpers for the platform's Node tests: a platform per test on a free loopback port.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startPlatform } from '../../demo/platform/server.mjs';

export const ORIGIN = 'http://127.0.0.1:8080';

/**
 * A platform, and `api(path, init)`: a fetch as the widget makes it (tenant, Origin). For a chat
 * made with `createChat`, it also sends the chat's visitor secret, as the widget does; pass
 * `secret: null` (or your own header) to leave it out.
 */
export async function platform(options = {}) {
  const running = await startPlatform({ port: 0, quiet: true, streamDelayMs: 1, thinkMs: 1, ...options });
  const secrets = new Map(); // session_id → visitor secret
  const chatSessions = new Map(); // chat id → session_id
  const chatTenants = new Map(); // chat id → tenant
  const api = (path, { secret, tenant, ...init } = {}) => {
    const chatId = /^\/api\/v1\/chat\/([^/]+)\//.exec(path)?.[1];
    const known = secrets.get(chatSessions.get(chatId));
    const visitor = secret === null ? {} : secret || known ? { 'X-Visitor-Secret': secret ?? known } : {};
    return fetch(`${running.url}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', 'X-Tenant-ID': tenant ?? chatTenants.get(chatId) ?? 'miptech-company', Origin: ORIGIN, ...visitor, ...(init.headers ?? {}) },
    });
  };
  return { ...running, api, secrets, chatSessions, chatTenants };
}

export const tempFile = (name) => join(mkdtempSync(join(tmpdir(), 'miptech-platform-')), name);

/** A chat of `session`; `tenant` `demo` requires the visitor secret, `miptech-company` (the guide's) does not. */
export async function createChat(p, session = 's1', tenant = 'miptech-company') {
  const res = await p.api('/api/v1/chat/', { method: 'POST', body: JSON.stringify({ session_id: session, visitor_id: 'v1', title: 'Website Chat', context: {} }), secret: p.secrets.get(session), tenant });
  const chat = await res.json();
  if (chat.visitor_secret) p.secrets.set(session, chat.visitor_secret);
  if (chat.id) p.chatSessions.set(chat.id, session);
  if (chat.id) p.chatTenants.set(chat.id, tenant);
  return chat;
}

export const sendBody = (content, clientId) => JSON.stringify({ content, role: 'user', metadata: { timestamp: 'now', page_url: 'http://x/', tenant_id: 'miptech-company', client_message_id: clientId } });

/** A WebSocket client that records frames and its close. */
export function connect(p, { tenant = 'miptech-company', session = 's1', origin = ORIGIN, sessionInUrl = true } = {}) {
  const query = `tenant_id=${tenant}${sessionInUrl ? `&session_id=${session}` : ''}`;
  const ws = new WebSocket(`${p.url.replace('http', 'ws')}/api/v1/ws/chat?${query}`, { headers: { Origin: origin } });
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
    const secret = p.secrets?.get(session);
    ws.send(JSON.stringify({ type: 'auth', data: { tenant_id: tenant, session_id: session, user_agent: 'node', page_url: 'http://x/', ...(secret ? { visitor_secret: secret } : {}), ...extra } }));
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
