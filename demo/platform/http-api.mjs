// The REST half of docs/protocol.md.
import { ChatStore, chatOwner } from './chat-store.mjs';
import { bearer, checkVisitor, issueToken, tokenProblem, visitorHash } from './identity.mjs';
import { corsHeaders, preflightHeaders } from './cors.mjs';
import { renderKnowledgePage } from './kb-page.mjs';
import { originAllowed } from './tenants.mjs';
import { LIMITS, afterSeqProblem, contextProblem, createChatProblem, feedbackProblem, sendMessageProblem } from './validate.mjs';
import { parseFaults } from './faults.mjs';
import { sendRateLimiter, windowLimiter } from './rate-limits.mjs';

const HEALTH = { status: 'healthy', version: '0.1.0' };

/** The demo site's sign-in: two people, so switching between them shows that conversations never cross. */
const DEMO_USERS = {
  ada: { id: 'demo-user-ada', name: 'Ada Lovelace', email: 'ada@example.com' },
  grace: { id: 'demo-user-grace', name: 'Grace Hopper', email: 'grace@example.com' },
};

class HttpError extends Error {
  constructor(status, detail, headers = {}) {
    super(detail);
    this.status = status;
    this.headers = headers;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The request's URL, or null when its target is not one (`GET http://[ HTTP/1.1`). */
export function requestUrl(req) {
  try {
    return new URL(req.url, 'http://platform.local');
  } catch {
    return null;
  }
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      // Past the limit: keep nothing more, answer 413, and close the connection afterwards.
      if (size > LIMITS.bodyBytes) return reject(new HttpError(413, `the body is larger than ${LIMITS.bodyBytes} bytes`, { Connection: 'close' }));
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LIMITS.bodyBytes) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'the body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

/** A JSON replacer that drops what the guide never promised and we added: `seq` and chunk `index`. */
export const withoutOurExtensions = (key, value) => (key === 'seq' || key === 'index' ? undefined : value);

const tooMany = (what, wait) => new HttpError(429, `${what}; retry after ${Math.ceil(wait / 1000)} s`, { 'Retry-After': String(Math.ceil(wait / 1000)) });

/** Returns the request handler: `state` holds tenants, store, faults, hub, knowledge, log. */
export function createHttpHandler(state) {
  const { tenants, store } = state;

  function tenantFor(req) {
    const id = req.headers['x-tenant-id'];
    if (!id) throw new HttpError(401, 'The X-Tenant-ID header is required');
    const tenant = tenants.get(String(id));
    if (!tenant) throw new HttpError(403, `Unknown tenant "${id}"`);
    if (!originAllowed(tenant, req.headers.origin)) throw new HttpError(403, `Origin ${req.headers.origin} is not allowed for tenant "${id}"`);
    const problem = tokenProblem(tenant, bearer(req.headers.authorization), Date.now(), state.tokenGeneration);
    if (problem) throw new HttpError(401, problem, { 'WWW-Authenticate': 'Bearer' });
    return tenant;
  }

  /**
   * Where the tenant requires it, a chat's calls need its owner's visitor secret
   * (X-Visitor-Secret), issued at chat creation. A tenant without the setting (the guide's
   * `miptech-company`) serves the guide's client, which never sends one.
   */
  function requireSecret(req, chat) {
    if (!tenants.get(chat.tenant_id)?.requireVisitorSecret) return;
    if (!store.secretMatches(chat.tenant_id, chatOwner(chat), req.headers['x-visitor-secret'])) {
      throw new HttpError(403, 'The X-Visitor-Secret header is missing or wrong for this chat');
    }
  }

  async function chatFault() {
    const { faults } = state;
    if (faults['rest-slow']) await sleep(Number(faults['rest-slow']));
    if (faults['rest-fail']) {
      const status = typeof faults['rest-fail'] === 'number' ? faults['rest-fail'] : 503;
      throw new HttpError(status, `fault rest-fail: the platform answers ${status}`, status === 429 || status === 503 ? { 'Retry-After': '1' } : {});
    }
  }

  const sendRate = sendRateLimiter();
  // Per client address: chats created, and the demo backend's tokens and logins.
  const chatRate = windowLimiter(LIMITS.chatsPerWindow, LIMITS.clientWindowMs);
  const demoRate = windowLimiter(LIMITS.demoCallsPerWindow, LIMITS.clientWindowMs);
  const client = (req) => req.socket.remoteAddress ?? 'unknown';

  async function route(req, url) {
    const { pathname } = url;
    const method = req.method;
    if (pathname === '/api/v1/health' || pathname === '/healthz') {
      if (method !== 'GET') throw new HttpError(405, 'use GET');
      if (state.faults['health-404'] && pathname === '/api/v1/health') throw new HttpError(404, 'fault health-404: only /healthz answers');
      return { status: 200, body: HEALTH };
    }
    if (pathname.startsWith('/kb/assets/') && method === 'GET') {
      const svg = state.knowledge.assets.get(pathname.slice('/kb/assets/'.length));
      if (!svg) throw new HttpError(404, 'No such image');
      return { status: 200, svg };
    }
    if (pathname.startsWith('/kb/') && method === 'GET') {
      const page = renderKnowledgePage(state.knowledge, pathname.slice(4));
      if (!page) throw new HttpError(404, 'No such document');
      return { status: 200, html: page };
    }
    if (pathname === '/__control/stats' && state.control) {
      return { status: 200, body: { ...state.stats, sockets: state.hub.wss.clients.size } };
    }
    if (pathname === '/__control/flood' && state.control && method === 'POST') {
      const { count = 1000 } = (await readJson(req)) ?? {};
      return { status: 200, body: { sent: state.hub.flood(Math.min(10_000, Number(count) || 0)) } };
    }
    if (pathname === '/__control/drop-sockets' && state.control && method === 'POST') {
      return { status: 200, body: { dropped: state.hub.dropAll() } };
    }
    if (pathname === '/__control/revoke-tokens' && state.control && method === 'POST') {
      state.tokenGeneration += 1;
      return { status: 200, body: { generation: state.tokenGeneration } };
    }
    if (pathname === '/__control/chats' && state.control) {
      const chats = [...store.chats.values()].filter((c) => c.tenant_id === url.searchParams.get('tenant_id'));
      return { status: 200, body: { chats: chats.map((c) => ({ ...ChatStore.publicChat(c), owner: chatOwner(c), context: c.context, visitor: c.visitor ?? null, messages: c.messages.length })) } };
    }
    // The demo site's backend, played by the platform: a token for a tenant that requires one,
    // and a signed-in demo visitor (a real site computes both on its own server). Only where the
    // platform was started for the demo (`--demo-backend`, as `npm start` does), and rate
    // limited per client: the Origin check alone is no defence against a script that forges it.
    if ((pathname === '/demo/token' || pathname === '/demo/login') && method === 'POST') {
      if (!state.demoBackend) throw new HttpError(404, 'Not Found');
      const wait = demoRate.waitMs(client(req));
      if (wait > 0) throw tooMany(`more than ${LIMITS.demoCallsPerWindow} demo sign-ins a minute`, wait);
    }
    if (pathname === '/demo/token' && method === 'POST') {
      const tenant = tenants.get(String((await readJson(req))?.tenant_id ?? ''));
      if (!tenant || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown tenant, or an origin it does not allow');
      state.stats.tokens += 1;
      return { status: 200, body: { token: issueToken(tenant.id, Date.now(), undefined, state.tokenGeneration), expires_in: 600 } };
    }
    if (pathname === '/demo/login' && method === 'POST') {
      const { tenant_id: tenantId, user } = (await readJson(req)) ?? {};
      const tenant = tenants.get(String(tenantId ?? ''));
      const person = DEMO_USERS[user];
      if (!tenant?.identitySecret || !person || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown demo user, or a tenant without an identity secret');
      return { status: 200, body: { visitor: { ...person, hash: visitorHash(tenant.identitySecret, person.id) } } };
    }
    if (pathname === '/__control/faults' && state.control) {
      if (method === 'POST') state.faults = parseFaults((await readJson(req))?.faults ?? []);
      return { status: 200, body: { faults: state.faults } };
    }
    // MIPTech Realtime (G3, G4) has no chat REST at all; G3's site served its own token (`/api/token`).
    if (state.dialect !== 'guide' && pathname.startsWith('/api/v1/chat')) throw new HttpError(404, 'Not Found');
    if (state.dialect === 'realtime-jwt' && pathname === '/api/token' && method === 'POST') {
      const tenant = tenants.get(String((await readJson(req))?.tenant_id ?? req.headers['x-tenant-id'] ?? ''));
      if (!tenant || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown tenant, or an origin it does not allow');
      state.stats.tokens += 1;
      return { status: 200, body: { token: issueToken(tenant.id, Date.now(), 7_200_000, state.tokenGeneration), expires_in: 7200, token_type: 'Bearer' } };
    }
    if (pathname === '/api/v1/chat/' || pathname === '/api/v1/chat') {
      if (method !== 'POST') throw new HttpError(405, 'use POST');
      const tenant = tenantFor(req);
      const body = await readJson(req);
      const problem = createChatProblem(body);
      if (problem) throw new HttpError(400, problem);
      const visitor = checkVisitor(tenant, body.visitor);
      if (visitor.problem) throw new HttpError(403, visitor.problem);
      await chatFault();
      // A session that has a secret already is someone's: a new chat in it needs that secret.
      // A repeat of a chat this very session and visitor created (a retry whose answer was lost)
      // gets it back, or the widget could never learn it. A verified visitor proves who they are
      // with the hash instead, on any device.
      // A client_chat_id is the chat's only for the session, visitor and verified owner that made
      // it: anyone else replaying it would get the chat and its secret (409 instead).
      const repeat = store.chatByClientId(tenant.id, body.client_chat_id);
      const retry = Boolean(repeat);
      if (repeat && (repeat.session_id !== body.session_id || repeat.visitor_id !== body.visitor_id || (repeat.owner ?? null) !== visitor.owner)) {
        throw new HttpError(409, 'This client_chat_id belongs to another conversation: choose a new one');
      }
      if (!retry && !visitor.owner) requireSecret(req, { tenant_id: tenant.id, session_id: body.session_id });
      if (!retry) {
        const wait = chatRate.waitMs(client(req));
        if (wait > 0) throw tooMany(`more than ${LIMITS.chatsPerWindow} new chats a minute from one client`, wait);
      }
      const profile = body.visitor ? { id: body.visitor.id, ...(body.visitor.name ? { name: String(body.visitor.name) } : {}), ...(body.visitor.email ? { email: String(body.visitor.email) } : {}), verified: Boolean(visitor.owner) } : null;
      // Whether the caller may learn the owner's secret: its first chat, a retry of its own
      // creation, a verified visitor, or a caller that sent it. Where the tenant does not require
      // the secret, a stranger who names a known session still gets a chat, but never the secret.
      const owner = visitor.owner ?? `s:${body.session_id}`;
      const entitled = retry || Boolean(visitor.owner) || store.ownerSecret(tenant.id, owner) === null || store.secretMatches(tenant.id, owner, req.headers['x-visitor-secret']);
      const { chat, created } = store.createChat(tenant.id, { title: 'Website Chat', ...body, context: body.context ?? {}, owner: visitor.owner, visitor: profile });
      const secret = entitled ? store.issueSecret(tenant.id, chatOwner(chat)) : undefined;
      return { status: created ? 201 : 200, body: { ...ChatStore.publicChat(chat), ...(secret ? { visitor_secret: secret } : {}) } };
    }
    const action = /^\/api\/v1\/chat\/([^/]+)\/messages\/([^/]+)\/(feedback|regenerate)$/.exec(pathname);
    if (action) {
      if (method !== 'POST') throw new HttpError(405, 'use POST');
      const tenant = tenantFor(req);
      const body = await readJson(req);
      await chatFault();
      const chat = store.getChat(tenant.id, decodeURIComponent(action[1]));
      const message = chat?.messages.find((m) => m.id === decodeURIComponent(action[2]));
      if (!chat || !message) throw new HttpError(404, chat ? 'Message not found' : 'Chat not found');
      requireSecret(req, chat);
      if (action[3] === 'feedback') {
        if (message.role !== 'assistant') throw new HttpError(400, 'only answers can be rated');
        const problem = feedbackProblem(body);
        if (problem) throw new HttpError(400, problem);
        state.stats.feedback += 1;
        return { status: 200, body: store.setFeedback(chat, message.id, { rating: body.rating, ...(body.comment ? { comment: body.comment } : {}) }) };
      }
      // An answer is regenerated through the question it replied to; a question (whose answer
      // was cut off before it was stored) is simply answered again.
      const question = message.role === 'user' ? message : chat.messages.find((m) => m.role === 'user' && m.client_message_id === message.reply_to);
      if (!question) throw new HttpError(409, 'the question this answer replied to is unknown');
      state.hub.answer(chat, question);
      return { status: 202, body: { status: 'accepted', reply_to: question.client_message_id } };
    }
    const match = /^\/api\/v1\/chat\/([^/]+)\/messages\/?$/.exec(pathname);
    if (match) {
      const tenant = tenantFor(req);
      const chat = store.getChat(tenant.id, decodeURIComponent(match[1]));
      if (method === 'GET') {
        const afterSeq = url.searchParams.get('after_seq');
        const problem = afterSeqProblem(afterSeq);
        if (problem) throw new HttpError(400, problem);
        await chatFault();
        if (!chat) throw new HttpError(404, 'Chat not found');
        requireSecret(req, chat);
        return { status: 200, body: { messages: store.history(chat, Number(afterSeq ?? 0)) } };
      }
      if (method !== 'POST') throw new HttpError(405, 'use GET or POST');
      const body = await readJson(req);
      const problem = sendMessageProblem(body) ?? (contextProblem(body?.metadata?.context) && { status: 400, detail: contextProblem(body.metadata.context) });
      if (problem) throw new HttpError(problem.status, problem.detail);
      await chatFault();
      if (!chat) throw new HttpError(404, 'Chat not found');
      requireSecret(req, chat);
      const clientId = body.metadata?.client_message_id;
      store.mergeContext(chat, body.metadata?.context);
      const wait = sendRate.waitMs(chat.id, clientId);
      if (wait > 0) throw new HttpError(429, `more than ${LIMITS.sendsPerWindow} messages in ${LIMITS.sendWindowMs / 1000} s; retry after ${Math.ceil(wait / 1000)} s`, { 'Retry-After': String(Math.ceil(wait / 1000)) });
      const { message, created } = store.addMessage(chat, { role: 'user', content: body.content.trim(), client_message_id: clientId });
      if (created) {
        // Every link of the visitor hears the question (their other tabs and devices), then its answer.
        state.hub.broadcast(chat, { type: 'message', data: { message } });
        state.hub.answer(chat, message);
      }
      if (state.faults['lose-send-response'] && created) return { lose: true };
      return { status: created ? 201 : 200, body: message };
    }
    throw new HttpError(404, 'Not Found');
  }

  return async function handle(req, res) {
    const url = requestUrl(req);
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'application/json', Connection: 'close' });
      return res.end(JSON.stringify({ detail: 'The request line is not a URL' }));
    }
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, preflightHeaders(tenants, origin));
      return res.end();
    }
    const cors = corsHeaders(tenants, origin);
    let result;
    try {
      if (state.faults.latency) await sleep(Number(state.faults.latency));
      result = await route(req, url);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      if (!(error instanceof HttpError)) state.log(`500 ${req.method} ${url.pathname}: ${error.stack}`);
      result = { status, body: { detail: error instanceof HttpError ? error.message : 'Internal server error' }, headers: error.headers };
    }
    if (result.lose) {
      state.log(`fault lose-send-response: dropping the answer to ${req.method} ${url.pathname}`);
      return req.socket.destroy();
    }
    state.log(`${result.status} ${req.method} ${url.pathname}${url.search}`);
    if (result.svg) {
      // An image for <img>: any page may show it, and it can run nothing (no script in an img).
      res.writeHead(result.status, { 'Content-Type': 'image/svg+xml', 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': 'public, max-age=3600' });
      return res.end(result.svg);
    }
    if (result.html) {
      res.writeHead(result.status, { ...cors, 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(result.html);
    }
    res.writeHead(result.status, { ...cors, ...result.headers, 'Content-Type': 'application/json' });
    // The guide's platform, strictly (`--strict`), numbers nothing: no `seq` in what it says.
    res.end(JSON.stringify(result.body, state.strict ? withoutOurExtensions : undefined));
  };
}
