// The WebSocket half of docs/protocol.md: handshake, heartbeat, streamed answers, faults.
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { answer, tokenize } from './responder.mjs';
import { chatOwner } from './chat-store.mjs';
import { checkVisitor, tokenProblem } from './identity.mjs';
import { originAllowed } from './tenants.mjs';
import { requestUrl, withoutOurExtensions } from './http-api.mjs';
import { LIMITS } from './validate.mjs';

export const WS_PATH = '/api/v1/ws/chat';
const AUTH_TIMEOUT_MS = 30_000;
/** The `late-join` fault's time to authenticate a socket. */
const LATE_JOIN_MS = 800;
const MAX_CLIENT_FRAME = 64 * 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Garbage a hostile or broken platform could send; the widget must drop every one. */
const MALFORMED = [
  'not json at all',
  '{"type": 42}',
  '[1,2,3]',
  '{"type":"response_chunk","data":{"message_id":7,"index":"x","delta":null}}',
  '{"type":"from_the_future","data":{"anything":true}}',
];

export class RealtimeHub {
  /** owner key (tenant + chatOwner: `s:<session_id>` or `v:<verified visitor>`) → Set of authenticated sockets */
  sessions = new Map();
  /** message_id → { cancelled } for answers being streamed now */
  generating = new Map();
  /** client address → sockets not yet authenticated */
  pending = new Map();
  wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  constructor(state) {
    this.state = state;
  }

  handleUpgrade(req, socket, head) {
    const url = requestUrl(req);
    if (!url) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    if (url.pathname !== WS_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    // Browsers see a refused handshake only as 1006, so accept and close with a code instead.
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, url));
  }

  accept(ws, req, url) {
    const { state } = this;
    state.count('connections');
    const tenantId = url.searchParams.get('tenant_id') ?? '';
    // The session id comes in the URL (the guide's `&session_id=`), in the auth frame, or both;
    // where both carry one, they must agree. It is an identifier: the visitor secret, never in a
    // URL, is the credential.
    const urlSession = url.searchParams.get('session_id');
    if (state.faults['ws-1011']) return ws.close(1011, 'Vector store initialisation failed');
    const tenant = state.tenants.get(tenantId);
    if (!tenant) return ws.close(4003, `Unknown tenant "${tenantId.slice(0, 60)}"`);
    if (!originAllowed(tenant, req.headers.origin)) return ws.close(4003, 'Origin not allowed for this tenant');
    if (urlSession !== null && (!urlSession || urlSession.length > 128)) return ws.close(4008, 'session_id must be at most 128 characters');
    // The guide's platform, strictly, reads the session from the URL only, as the guide writes it.
    if (state.strict && !urlSession) return ws.close(1008, 'session_id is required in the URL');

    // One client address holds at most so many sockets that have not authenticated yet.
    const address = req.socket.remoteAddress ?? 'unknown';
    if ((this.pending.get(address) ?? 0) >= LIMITS.pendingSocketsPerClient) return this.tooMany(ws, 'Too many unauthenticated sockets from one client');
    this.pending.set(address, (this.pending.get(address) ?? 0) + 1);
    let stillPending = true;
    const settle = () => {
      if (!stillPending) return;
      stillPending = false;
      const left = (this.pending.get(address) ?? 1) - 1;
      if (left > 0) this.pending.set(address, left);
      else this.pending.delete(address);
    };

    let sessionId = urlSession;
    let key = null;
    let authed = false;
    let joinQueue = Promise.resolve();
    const authTimer = setTimeout(() => ws.close(4001, 'No auth frame'), AUTH_TIMEOUT_MS);
    ws.on('close', () => {
      clearTimeout(authTimer);
      settle();
      if (key) this.sessions.get(key)?.delete(ws);
    });
    ws.on('error', () => undefined);
    ws.on('message', (data, isBinary) => {
      if (isBinary || data.length > MAX_CLIENT_FRAME) return ws.close(4008, `Frames are text of at most ${MAX_CLIENT_FRAME} bytes`);
      let frame;
      try {
        frame = JSON.parse(String(data));
      } catch {
        return this.send(ws, { type: 'error', data: { code: 'bad_frame', message: 'Frames must be JSON objects' } });
      }
      if (typeof frame !== 'object' || frame === null || typeof frame.type !== 'string') {
        return this.send(ws, { type: 'error', data: { code: 'bad_frame', message: 'Frames need a string "type"' } });
      }
      if (!state.faults['late-join']) return handleFrame(frame);
      // The fault: `auth` takes LATE_JOIN_MS, and every frame waits its turn behind it.
      const delay = !authed && frame.type === 'auth' ? LATE_JOIN_MS : 0;
      joinQueue = joinQueue.then(() => sleep(delay)).then(() => ws.readyState === ws.OPEN && handleFrame(frame));
      return undefined;
    });
    const handleFrame = (frame) => {
      // `auth` first; again later (same session) when the visitor learned its secret, to receive its chat's frames.
      if (!authed || frame.type === 'auth') {
        const d = frame.data ?? {};
        const session = typeof d.session_id === 'string' ? d.session_id : d.session_id === undefined ? (sessionId ?? '') : '';
        if (frame.type !== 'auth' || d.tenant_id !== tenantId || !session || session.length > 128 || (sessionId !== null && session !== sessionId)) {
          return ws.close(4001, 'The first frame must be auth for this tenant and session');
        }
        const tenant = state.tenants.get(tenantId);
        const refused = tokenProblem(tenant, d.token, Date.now(), state.tokenGeneration);
        if (refused) return ws.close(4001, refused);
        const visitor = checkVisitor(tenant, d.visitor);
        if (visitor.problem) {
          this.send(ws, { type: 'error', data: { code: 'visitor_unverified', message: visitor.problem } });
          return ws.close(4001, 'The visitor could not be verified');
        }
        const owner = visitor.owner ?? `s:${session}`;
        // A verified visitor proved who they are with the hash: they get their secret, and their
        // latest chat, on any device. Otherwise a wrong secret is refused, and a missing one is a
        // visitor that has not learned it yet (its first chat is being created right now):
        // accepted, but it receives no frame of the session's chats until it authenticates again
        // with the secret.
        const issued = visitor.owner ? state.store.issueSecret(tenantId, owner) : undefined;
        if (!issued && tenant.requireVisitorSecret && d.visitor_secret !== undefined && !state.store.secretMatches(tenantId, owner, d.visitor_secret)) {
          return ws.close(4001, 'The visitor secret is wrong for this session');
        }
        if (d.chat_id !== undefined && !state.store.getChat(tenantId, d.chat_id)) return ws.close(4004, 'Chat not found');
        ws.visitorSecret = issued ?? d.visitor_secret;
        if (!authed) {
          const ownerKey = `${tenantId}\u0000${owner}`;
          // One visitor's tabs and devices share at most so many sockets.
          if ((this.sessions.get(ownerKey)?.size ?? 0) >= LIMITS.socketsPerOwner) return this.tooMany(ws, 'Too many sockets for one visitor');
          authed = true;
          settle();
          sessionId = session;
          key = ownerKey;
          clearTimeout(authTimer);
          if (!this.sessions.has(key)) this.sessions.set(key, new Set());
          this.sessions.get(key).add(ws);
        }
        // Acknowledged, unless the platform plays one that never acknowledges (the guide's may not).
        if (!state.faults['no-auth-ack'] && !state.strict) {
          // A verified visitor on a device with no chat of theirs asks for their latest one (`resume`).
          const chatId = d.chat_id ?? (visitor.owner && d.resume === true ? state.store.latestChatOf(tenantId, owner)?.id : undefined);
          this.send(ws, { type: 'auth_success', data: { session_id: sessionId, ...(chatId ? { chat_id: chatId } : {}), ...(issued ? { visitor_secret: issued } : {}), protocol: 1 } });
        }
        // A platform that replays nothing (late-join) leaves a socket that joins mid-answer without it.
        return state.faults['late-join'] ? undefined : this.replay(ws);
      }
      if (frame.type === 'ping') return this.send(ws, { type: 'pong', timestamp: typeof frame.timestamp === 'number' ? frame.timestamp : Date.now() });
      if (frame.type === 'cancel' && typeof frame.data?.message_id === 'string') {
        const run = this.generating.get(frame.data.message_id);
        // Only the session that asked may stop its answer.
        if (run && run.sessionKey === key && !run.cancelled) {
          run.cancelled = true;
          state.count('cancelled');
        }
        return undefined;
      }
      // Unknown client frames are ignored, as the protocol asks of both sides.
    };
  }

  /** Closes 4029, the wait said twice (docs/protocol.md): an `error` frame, and the close reason. */
  tooMany(ws, why, retryAfterMs = 5000) {
    this.send(ws, { type: 'error', data: { code: 'rate_limited', message: why, retry_after_ms: retryAfterMs } });
    ws.close(4029, `retry_after_ms=${retryAfterMs}`);
  }

  send(ws, frame) {
    if (ws.readyState === ws.OPEN) ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame, this.state.strict ? withoutOurExtensions : undefined));
  }

  /**
   * The chat's sockets: its owner's, and of those, where the tenant requires the visitor secret,
   * only the ones that proved it.
   */
  socketsOf(chat) {
    const owner = chatOwner(chat);
    const sockets = [...(this.sessions.get(`${chat.tenant_id}\u0000${owner}`) ?? [])];
    if (!this.state.tenants.get(chat.tenant_id)?.requireVisitorSecret) return sockets;
    return sockets.filter((ws) => this.state.store.secretMatches(chat.tenant_id, owner, ws.visitorSecret));
  }

  broadcast(chat, frame) {
    for (const ws of this.socketsOf(chat)) this.send(ws, frame);
  }

  /**
   * Streams the answer to `question` to the chat's sockets, then stores it. A `cancel` frame
   * ends it early: what was streamed is stored, marked interrupted.
   */
  async answer(chat, question) {
    const { state } = this;
    const reply = answer(state.knowledge, question.content, state.publicUrl);
    const messageId = randomUUID();
    const tokens = tokenize(reply.text);
    const run = { cancelled: false, sessionKey: `${chat.tenant_id}\u0000${chatOwner(chat)}`, chat, start: null, chunks: [] };
    this.generating.set(messageId, run);
    // Faults of delivery (faults.mjs): late-join streams only to the sockets joined now (a per-chat
    // broadcast), lost-answer streams nothing, stall stops streaming halfway; each stores the whole answer.
    const joined = state.faults['late-join'] ? new Set(this.socketsOf(chat)) : null;
    let streaming = !state.faults['lost-answer'];
    const broadcast = (frame) => {
      if (!streaming) return;
      for (const ws of this.socketsOf(chat)) if (!joined || joined.has(ws)) this.send(ws, frame);
    };
    try {
      broadcast({ type: 'typing', data: { is_typing: true } });
      await sleep(state.thinkMs);
      run.start = { type: 'response_start', data: { chat_id: chat.id, message_id: messageId, reply_to: question.client_message_id ?? null } };
      broadcast(run.start);
      let sent = 0;
      for (; sent < tokens.length && !run.cancelled; sent += 1) {
        if (state.closed) return;
        await sleep(state.streamDelayMs);
        if (run.cancelled) break;
        if (state.faults['malformed-frames'] && sent % 3 === 0) broadcast(MALFORMED[sent % MALFORMED.length]);
        if (state.faults.stall && sent === Math.floor(tokens.length / 2)) streaming = false;
        if (state.faults['drop-mid-answer'] && sent === Math.floor(tokens.length / 2)) this.dropSockets(chat);
        run.chunks.push({ type: 'response_chunk', data: { message_id: messageId, index: sent, delta: tokens[sent] } });
        broadcast(run.chunks[sent]);
      }
      if (state.closed) return;
      const interrupted = sent < tokens.length;
      const { message } = state.store.addMessage(chat, {
        id: messageId,
        role: 'assistant',
        content: interrupted ? tokens.slice(0, sent).join('') : reply.text,
        sources: interrupted ? [] : reply.sources,
        suggestions: interrupted ? [] : reply.suggestions,
        reply_to: question.client_message_id,
        status: interrupted ? 'interrupted' : 'complete',
      });
      broadcast({ type: 'response_complete', data: { message } });
    } finally {
      this.generating.delete(messageId);
    }
  }

  /**
   * A link that joins while an answer of its visitor's is being written (a reconnect, or another
   * tab taking the connection over) gets that answer so far: `response_start`, then every chunk
   * sent before it joined. The rest follows as to every link.
   */
  replay(ws) {
    for (const run of this.generating.values()) {
      if (run.start && this.socketsOf(run.chat).includes(ws)) for (const frame of [run.start, ...run.chunks]) this.send(ws, frame);
    }
  }

  /** Cuts the chat's sockets with no close frame, as a network failure would. */
  dropSockets(chat) {
    for (const ws of this.socketsOf(chat)) ws.terminate();
  }

  /** Cuts every socket without a close frame (a network failure); returns how many. */
  dropAll() {
    const count = this.wss.clients.size;
    for (const ws of this.wss.clients) ws.terminate();
    return count;
  }

  /**
   * Sends `count` hostile or broken frames to every authenticated socket (for tests): text
   * that is not JSON, wrong types, unknown types, chunks for unknown answers or far ahead,
   * duplicates, prototype-pollution keys, deep nesting, binary and oversize frames.
   */
  flood(count) {
    const kinds = [
      () => 'not json {',
      () => '',
      () => 'null',
      () => '[]',
      () => JSON.stringify({ type: 42 }),
      () => JSON.stringify({ type: 'response_chunk', data: { message_id: 'ghost', index: 0, delta: '<img src=x onerror=alert(1)>' } }),
      () => JSON.stringify({ type: 'response_chunk', data: { message_id: 'ghost', index: 99, delta: 'x' } }),
      () => JSON.stringify({ type: 'response_complete', data: { message: { id: 'x', seq: 'one' } } }),
      () => JSON.stringify({ type: 'message', data: { message: { id: 'm', chat_id: 'another-chat', seq: 1, role: 'assistant', content: 'not yours', created_at: 't' } } }),
      () => '{"type":"typing","data":{"is_typing":true},"__proto__":{"polluted":true}}',
      () => JSON.stringify({ type: 'auth_success', data: { session_id: 'hijack' } }),
      () => JSON.stringify({ type: 'error', data: { code: 'x', message: 'y'.repeat(10_000) } }),
      () => '['.repeat(5000) + ']'.repeat(5000),
      () => JSON.stringify({ type: 'from_the_future', data: { nested: { deeply: [1, 2, 3] } } }),
      () => Buffer.from([0, 1, 2, 255]),
    ];
    // One oversize frame per flood is enough to test the size limit (more only tests the network).
    const oversize = JSON.stringify({ type: 'typing', data: { pad: 'x'.repeat(1_100_000) } });
    let sent = 0;
    for (const sockets of this.sessions.values()) {
      for (const ws of sockets) {
        for (let i = 0; i < count; i += 1) {
          const payload = i === 0 ? oversize : kinds[i % kinds.length]();
          if (ws.readyState === ws.OPEN) ws.send(payload);
          sent += 1;
        }
      }
    }
    return sent;
  }

  closeAll() {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }
}
