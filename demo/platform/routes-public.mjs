// The platform's public API, as sites and widgets call it: health, the knowledge base's pages
// and images, and the chat REST of docs/protocol.md (where the dialect has one; MIPTech Realtime
// has none, and G3's site served its own token).
import { ChatStore, chatOwner } from './chat-store.mjs';
import { HttpError, readJson, sleep, tooMany } from './http-basics.mjs';
import { bearer, checkVisitor, issueToken, tokenProblem } from './identity.mjs';
import { renderKnowledgePage } from './kb-page.mjs';
import { sendRateLimiter, windowLimiter } from './rate-limits.mjs';
import { originAllowed } from './tenants.mjs';
import { LIMITS, afterSeqProblem, contextProblem, createChatProblem, feedbackProblem, sendMessageProblem } from './validate.mjs';

const HEALTH = { status: 'healthy', version: '0.1.0' };

export function publicRoutes(state) {
  const { store } = state;
  const sendRate = sendRateLimiter();
  // Per client address: chats created.
  const chatRate = windowLimiter(LIMITS.chatsPerWindow, LIMITS.clientWindowMs);
  const client = (req) => req.socket.remoteAddress ?? 'unknown';

  function tenantFor(req) {
    const id = req.headers['x-tenant-id'];
    if (!id) throw new HttpError(401, 'The X-Tenant-ID header is required');
    const tenant = state.tenants.get(String(id));
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
    if (!state.tenants.get(chat.tenant_id)?.requireVisitorSecret) return;
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

  async function createChat(req) {
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

  async function messageAction(req, url, action) {
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
      state.count('feedback');
      return { status: 200, body: store.setFeedback(chat, message.id, { rating: body.rating, ...(body.comment ? { comment: body.comment } : {}) }) };
    }
    // An answer is regenerated through the question it replied to; a question (whose answer
    // was cut off before it was stored) is simply answered again.
    const question = message.role === 'user' ? message : chat.messages.find((m) => m.role === 'user' && m.client_message_id === message.reply_to);
    if (!question) throw new HttpError(409, 'the question this answer replied to is unknown');
    state.hub.answer(chat, question);
    return { status: 202, body: { status: 'accepted', reply_to: question.client_message_id } };
  }

  async function messages(req, url, match) {
    const tenant = tenantFor(req);
    const chat = store.getChat(tenant.id, decodeURIComponent(match[1]));
    if (req.method === 'GET') {
      const afterSeq = url.searchParams.get('after_seq');
      const problem = afterSeqProblem(afterSeq);
      if (problem) throw new HttpError(400, problem);
      await chatFault();
      if (!chat) throw new HttpError(404, 'Chat not found');
      requireSecret(req, chat);
      return { status: 200, body: { messages: store.history(chat, Number(afterSeq ?? 0)) } };
    }
    if (req.method !== 'POST') throw new HttpError(405, 'use GET or POST');
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

  return [
    {
      path: /^\/(api\/v1\/health|healthz)$/,
      methods: ['GET'],
      refuse: 'use GET',
      handle: (req, url) => {
        if (state.faults['health-404'] && url.pathname === '/api/v1/health') throw new HttpError(404, 'fault health-404: only /healthz answers');
        return { status: 200, body: HEALTH };
      },
    },
    {
      path: /^\/kb\/assets\/(.*)$/s,
      methods: ['GET'],
      handle: (req, url, found) => {
        const svg = state.knowledge.assets.get(found[1]);
        if (!svg) throw new HttpError(404, 'No such image');
        return { status: 200, svg };
      },
    },
    {
      path: /^\/kb\/(.*)$/s,
      methods: ['GET'],
      handle: (req, url, found) => {
        const page = renderKnowledgePage(state.knowledge, found[1]);
        if (!page) throw new HttpError(404, 'No such document');
        return { status: 200, html: page };
      },
    },
    // MIPTech Realtime (G3, G4) has no chat REST at all; G3's site served its own token (`/api/token`).
    {
      path: /^\/api\/v1\/chat/,
      when: () => state.dialect !== 'guide',
      handle: () => {
        throw new HttpError(404, 'Not Found');
      },
    },
    {
      path: '/api/token',
      methods: ['POST'],
      when: () => state.dialect === 'realtime-jwt',
      handle: async (req) => {
        const tenant = state.tenants.get(String((await readJson(req))?.tenant_id ?? req.headers['x-tenant-id'] ?? ''));
        if (!tenant || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown tenant, or an origin it does not allow');
        state.count('tokens');
        return { status: 200, body: { token: issueToken(tenant.id, Date.now(), 7_200_000, state.tokenGeneration), expires_in: 7200, token_type: 'Bearer' } };
      },
    },
    { path: /^\/api\/v1\/chat\/?$/, methods: ['POST'], refuse: 'use POST', handle: createChat },
    { path: /^\/api\/v1\/chat\/([^/]+)\/messages\/([^/]+)\/(feedback|regenerate)$/, methods: ['POST'], refuse: 'use POST', handle: messageAction },
    { path: /^\/api\/v1\/chat\/([^/]+)\/messages\/?$/, handle: messages },
  ];
}
