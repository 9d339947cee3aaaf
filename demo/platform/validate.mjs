// Request body checks. Each returns an error sentence, or null when the value is fine.
/**
 * Characters as a person counts them (docs/protocol.md), the same count as the widget's
 * (src/state/message-limit.ts): code points, less combining marks, skin-tone modifiers, a
 * zero-width joiner with what it joins, and the second of each pair of regional indicators.
 */
export function characterCount(text) {
  const count = (pattern) => text.match(pattern)?.length ?? 0;
  const codePoints = text.length - count(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  const flags = Math.floor(count(/[\u{1F1E6}-\u{1F1FF}]/gu) / 2);
  return codePoints - count(/[\p{M}\u{1F3FB}-\u{1F3FF}]/gu) - 2 * count(/\u200D[^\p{M}]/gu) - flags;
}

// 4,000 characters of the longest emoji sequences still fit in the body (256 KiB). Per client
// address: new chats, and the demo backend's tokens and logins, in any clientWindowMs.
export const LIMITS = {
  bodyBytes: 256 * 1024,
  messageChars: 4000,
  idChars: 128,
  titleChars: 200,
  sendsPerWindow: 10,
  sendWindowMs: 10_000,
  chatsPerWindow: 30,
  demoCallsPerWindow: 60,
  clientWindowMs: 60_000,
  /** Sockets of one owner (a visitor's tabs and devices), and sockets not yet authenticated per client address. */
  socketsPerOwner: 20,
  pendingSocketsPerClient: 50,
  /** How long a request's headers, and the whole request, may take to arrive. */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
};

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function idProblem(value, name, required = true) {
  if (value === undefined && !required) return null;
  if (typeof value !== 'string' || value.trim() === '') return `${name} must be a non-empty string`;
  if (value.length > LIMITS.idChars) return `${name} must be at most ${LIMITS.idChars} characters`;
  return null;
}

export function createChatProblem(body) {
  if (!isObject(body)) return 'the body must be a JSON object';
  const problem = idProblem(body.session_id, 'session_id') ?? idProblem(body.visitor_id, 'visitor_id');
  if (problem) return problem;
  if (body.client_chat_id !== undefined) {
    const keyProblem = idProblem(body.client_chat_id, 'client_chat_id');
    if (keyProblem) return keyProblem;
  }
  if (body.title !== undefined && (typeof body.title !== 'string' || body.title.length > LIMITS.titleChars)) {
    return `title must be a string of at most ${LIMITS.titleChars} characters`;
  }
  return contextProblem(body.context);
}

/** `context`: a flat object of at most 30 keys whose values are strings (≤ 500), numbers, booleans or null. */
export function contextProblem(context) {
  if (context === undefined) return null;
  if (!isObject(context)) return 'context must be an object';
  const entries = Object.entries(context);
  if (entries.length > 40) return 'context has more than 40 keys';
  for (const [key, value] of entries) {
    const ok = value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 2000);
    if (!ok || key.length > 64) return `context.${key.slice(0, 64)} must be a string, number, boolean or null`;
  }
  return null;
}

/** 413 for a message over the limit, 400 for anything else malformed. */
export function sendMessageProblem(body) {
  if (!isObject(body)) return { status: 400, detail: 'the body must be a JSON object' };
  if (typeof body.content !== 'string' || body.content.trim() === '') return { status: 400, detail: 'content must be a non-empty string' };
  const characters = characterCount(body.content);
  if (characters > LIMITS.messageChars) {
    return { status: 413, detail: `content is ${characters} characters; the limit is ${LIMITS.messageChars}` };
  }
  if (body.role !== undefined && body.role !== 'user') return { status: 400, detail: 'role must be "user"' };
  if (body.metadata !== undefined && !isObject(body.metadata)) return { status: 400, detail: 'metadata must be an object' };
  const problem = idProblem(body.metadata?.client_message_id, 'metadata.client_message_id', false);
  return problem ? { status: 400, detail: problem } : null;
}

export function afterSeqProblem(raw) {
  if (raw === null) return null;
  return /^\d{1,9}$/.test(raw) ? null : 'after_seq must be a whole number';
}

export function feedbackProblem(body) {
  if (!isObject(body)) return 'the body must be a JSON object';
  if (body.rating !== 'up' && body.rating !== 'down') return 'rating must be "up" or "down"';
  if (body.comment !== undefined && (typeof body.comment !== 'string' || body.comment.length > 1000)) {
    return 'comment must be a string of at most 1000 characters';
  }
  return null;
}
