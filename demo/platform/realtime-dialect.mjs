// The platform as MIPTech deployed it after our guide (../shared/design/PLATFORM-GENERATIONS.md):
// `--dialect realtime` plays G4 ("MIPTech Realtime v1", October 2025), `--dialect realtime-jwt`
// plays G3 (a JWT in `join_chat`, August 2025). Written from the evidence file, frame by frame:
//  - the platform speaks first: connection_established → initialization_progress ×3 →
//    connection_ready, without waiting for the client (§3.3, §6);
//  - `join_chat{channel, create, chat_id?, token?}` → `chat_created` (a new chat) or `chat_joined`;
//    G4 starts a new chat on every join, as its client expects (§6); G3 rejoins `chat_id`;
//  - `chat_message{message, stream, chat_id?}` → message_received, processing (no message id),
//    response_start, response_chunk{content} (no index), a flat response_complete{message_id,
//    content, created_at in seconds, …}; answers go only to the sockets that joined the chat,
//    and nothing is replayed; there is no REST history (http-api.mjs answers 404);
//  - ids both at the top level and in `data`, with increasing `event_ts` (§3.6);
//  - ping ↔ pong both ways (§3.4); G3's close codes: 1008 no tenant, 4400 a first frame other
//    than join_chat, 4401 no or a bad token, 4403 another tenant's token, 4408 no join in 10 s.
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { answer, tokenize } from './responder.mjs';
import { tokenProblem } from './identity.mjs';
import { originAllowed } from './tenants.mjs';
import { requestUrl } from './http-api.mjs';
import { WS_PATH } from './realtime.mjs';

const JOIN_DEADLINE_MS = 10_000;
const SERVER_PING_MS = 15_000;
const MAX_CLIENT_FRAME = 64 * 1024;
const MAX_MESSAGE_CHARS = 4000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class RealtimeDialectHub {
  /** chat id → Set of sockets that joined it (the per-chat broadcast of FWI) */
  joined = new Map();
  wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  eventTs = 0;

  /** `jwt`: play G3 (a token in `join_chat`, join_chat first, rejoin by id); else G4. */
  constructor(state, { jwt }) {
    this.state = state;
    this.jwt = jwt;
  }

  handleUpgrade(req, socket, head) {
    const url = requestUrl(req);
    if (!url || url.pathname !== WS_PATH) return socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, url));
    return undefined;
  }

  /** A frame in the shape every client version read: ids at the top level and in `data`, and a fresh `event_ts`. */
  send(ws, type, data = {}) {
    if (ws.readyState !== ws.OPEN) return;
    const eventTs = (this.eventTs = Math.max(Date.now(), this.eventTs + 1));
    const ids = Object.fromEntries(['chat_id', 'message_id'].filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));
    ws.send(JSON.stringify({ type, data, ...ids, tenant_id: ws.tenantId, event_ts: eventTs }));
  }

  accept(ws, req, url) {
    const { state } = this;
    state.count('connections');
    const tenantId = url.searchParams.get('tenant_id');
    ws.on('error', () => undefined);
    if (!tenantId) return ws.close(1008, 'tenant_id is required');
    const tenant = state.tenants.get(tenantId);
    if (!tenant || !originAllowed(tenant, req.headers.origin)) return ws.close(4403, 'Tenant mismatch');
    ws.tenantId = tenantId;
    ws.clientId = randomUUID();
    ws.chatId = null;
    const deadline = this.jwt ? setTimeout(() => ws.close(4408, 'join_chat not sent within 10 s'), state.joinDeadlineMs ?? JOIN_DEADLINE_MS) : null;
    const pinger = setInterval(() => this.send(ws, 'ping', { timestamp: Date.now() }), SERVER_PING_MS);
    ws.on('close', () => {
      clearTimeout(deadline);
      clearInterval(pinger);
      if (ws.chatId) this.joined.get(ws.chatId)?.delete(ws);
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary || data.length > MAX_CLIENT_FRAME) return ws.close(1009, 'Frame too large');
      let frame;
      try {
        frame = JSON.parse(String(data));
      } catch {
        return this.send(ws, 'error', { type: 'message_validation_error', message: 'Frames must be JSON' });
      }
      if (typeof frame?.type !== 'string') return this.send(ws, 'error', { type: 'message_validation_error', message: 'Frames need a "type"' });
      return this.handle(ws, frame, () => clearTimeout(deadline));
    });
    void this.greet(ws);
    return undefined;
  }

  /** connection_established, three steps of initialization_progress, connection_ready: whatever the client says. */
  async greet(ws) {
    const started = Date.now();
    this.send(ws, 'connection_established', { client_id: ws.clientId, tenant_id: ws.tenantId, connected_at: new Date().toISOString() });
    for (const phase of ['starting', 'services', 'complete']) {
      await sleep(40);
      this.send(ws, 'initialization_progress', { phase, message: `Initialization: ${phase}`, timestamp: Date.now() });
    }
    this.send(ws, 'connection_ready', { client_id: ws.clientId, tenant_id: ws.tenantId, ready_duration: (Date.now() - started) / 1000 });
  }

  handle(ws, frame, joinedInTime) {
    const data = frame.data && typeof frame.data === 'object' ? frame.data : {};
    // What clients send, by type, for the tests (/__control/stats): a widget that spoke `auth` here spoke the wrong dialect.
    this.state.countFrame(frame.type);
    if (frame.type === 'ping') return this.send(ws, 'pong', { timestamp: Date.now(), ts: data.ts ?? frame.timestamp ?? null });
    if (frame.type === 'pong') return undefined;
    // G3: the first frame must be join_chat (a ping may come first).
    if (this.jwt && !ws.chatId && frame.type !== 'join_chat') return ws.close(4400, 'Expected join_chat');
    if (frame.type === 'join_chat') return this.join(ws, data, joinedInTime);
    if (frame.type === 'chat_message') return this.ask(ws, data, frame);
    return undefined; // other frames (typing_*, leave_chat…) are tolerated and ignored
  }

  join(ws, data, joinedInTime) {
    const { state } = this;
    if (this.jwt) {
      const tenant = state.tenants.get(ws.tenantId);
      const problem = tokenProblem({ ...tenant, requireToken: true }, data.token, Date.now(), state.tokenGeneration);
      if (problem) {
        this.send(ws, 'error', { code: /another tenant/.test(problem) ? 'tenant_mismatch' : 'invalid_token', message: problem });
        return ws.close(/another tenant/.test(problem) ? 4403 : 4401, problem);
      }
    }
    joinedInTime();
    const wanted = typeof data.chat_id === 'string' ? state.store.getChat(ws.tenantId, data.chat_id) : null;
    // G4 starts a new chat on every join (its client never rejoins); G3 rejoins the chat it names.
    const rejoin = this.jwt && wanted;
    const chat = rejoin ? wanted : this.newChat(ws);
    if (ws.chatId) this.joined.get(ws.chatId)?.delete(ws);
    ws.chatId = chat.id;
    if (!this.joined.has(chat.id)) this.joined.set(chat.id, new Set());
    this.joined.get(chat.id).add(ws);
    this.send(ws, rejoin ? 'chat_joined' : 'chat_created', { chat_id: chat.id, success: true });
    return undefined;
  }

  newChat(ws) {
    return this.state.store.createChat(ws.tenantId, { session_id: ws.clientId, visitor_id: ws.clientId, title: 'Website Chat', context: { channel: 'website' } }).chat;
  }

  async ask(ws, data, frame) {
    const { state } = this;
    const text = typeof data.message === 'string' ? data.message.trim() : '';
    if (!text || text.length > MAX_MESSAGE_CHARS) return this.send(ws, 'error', { type: 'message_validation_error', message: `A message is 1 to ${MAX_MESSAGE_CHARS} characters` });
    // A message to no joined chat registers the socket on a new one (FWI's fallback).
    if (!ws.chatId) this.join(ws, {}, () => undefined);
    const chat = state.store.getChat(ws.tenantId, ws.chatId);
    const clientMessageId = typeof data.message_id === 'string' ? data.message_id : typeof frame.message_id === 'string' ? frame.message_id : undefined;
    state.store.addMessage(chat, { role: 'user', content: text, client_message_id: clientMessageId });
    this.send(ws, 'message_received', { chat_id: chat.id, message_id: clientMessageId ?? randomUUID(), timestamp: Date.now() });
    const sockets = () => [...(this.joined.get(chat.id) ?? [])];
    const broadcast = (type, payload) => sockets().forEach((s) => this.send(s, type, payload));
    broadcast('processing', { message: 'Processing your request...' });
    const reply = answer(state.knowledge, text, state.publicUrl);
    const messageId = randomUUID();
    const started = Date.now();
    await sleep(state.thinkMs);
    broadcast('response_start', { chat_id: chat.id, message_id: messageId });
    for (const token of tokenize(reply.text)) {
      if (state.closed) return undefined;
      await sleep(state.streamDelayMs);
      broadcast('response_chunk', { chat_id: chat.id, message_id: messageId, content: token });
    }
    state.store.addMessage(chat, { id: messageId, role: 'assistant', content: reply.text, sources: reply.sources, status: 'complete' });
    broadcast('response_complete', {
      message_id: messageId,
      chat_id: chat.id,
      content: reply.text,
      role: 'assistant',
      sources: reply.sources,
      llm_model: 'reference-kb',
      total_tokens: tokenize(reply.text).length,
      response_time_ms: Date.now() - started,
      created_at: Date.now() / 1000,
    });
    return undefined;
  }

  dropAll() {
    const count = this.wss.clients.size;
    for (const ws of this.wss.clients) ws.terminate();
    return count;
  }

  flood() {
    return 0;
  }

  closeAll() {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}
