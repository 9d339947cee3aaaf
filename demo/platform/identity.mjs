// Who is calling, beyond the tenant: a bearer token where the tenant requires one, and a
// verified visitor where the tenant has an identity secret (docs/protocol.md, "Auth tokens" and
// "Visitor identity"). Tokens are this server's own (HMAC under a key made at start), short-lived,
// and handed out by the demo's token endpoint, standing in for the site's backend.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SERVER_KEY = randomBytes(32);
export const TOKEN_TTL_MS = 10 * 60_000;

const sign = (payload) => createHmac('sha256', SERVER_KEY).update(payload).digest('base64url');
const sameText = (a, b) => {
  const [x, y] = [Buffer.from(String(a)), Buffer.from(String(b))];
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A token for `tenantId`, valid for `ttlMs`: `<payload>.<signature>`, both base64url. */
export function issueToken(tenantId, now = Date.now(), ttlMs = TOKEN_TTL_MS, generation = 0) {
  const payload = Buffer.from(JSON.stringify({ t: tenantId, g: generation, exp: now + ttlMs })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/**
 * Null when the token is good for the tenant, else why not. `generation`: tokens of an earlier
 * generation are refused (the control endpoint's way to make every token stale at once).
 */
export function tokenProblem(tenant, token, now = Date.now(), generation = 0) {
  if (!tenant.requireToken) return null;
  if (typeof token !== 'string' || !token) return 'A bearer token is required for this tenant';
  const [payload, signature, extra] = token.split('.');
  if (extra !== undefined || !payload || !signature || !sameText(sign(payload), signature)) return 'The bearer token is not valid';
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return 'The bearer token is not valid';
  }
  if (claims.t !== tenant.id) return 'The bearer token is for another tenant';
  if (!(claims.exp > now) || claims.g !== generation) return 'The bearer token has expired';
  return null;
}

/** `Authorization: Bearer <token>` → the token, or null. */
export const bearer = (header) => (/^Bearer ([\w.-]+)$/.exec(String(header ?? '')) ?? [])[1] ?? null;

/** HMAC-SHA256 of the visitor id under the tenant's identity secret, hex: what the site's server computes. */
export const visitorHash = (secret, id) => createHmac('sha256', secret).update(String(id)).digest('hex');

/**
 * The visitor a request names: `{ owner }` is whose chats and secret it acts on (`v:<id>` for a
 * visitor the tenant verified, else null: the per-browser session), or `{ problem }`. A tenant
 * with an identity secret refuses a visitor without a matching hash; one without a secret
 * cannot verify anyone, so a visitor there stays per browser.
 */
export function checkVisitor(tenant, visitor) {
  if (visitor === undefined || visitor === null) return { owner: null };
  if (typeof visitor !== 'object' || typeof visitor.id !== 'string' || !visitor.id || visitor.id.length > 256) return { problem: 'visitor.id must be a non-empty string of at most 256 characters' };
  if (!tenant.identitySecret) return { owner: null };
  if (typeof visitor.hash !== 'string' || !sameText(visitor.hash.toLowerCase(), visitorHash(tenant.identitySecret, visitor.id))) {
    return { problem: `The visitor's hash does not match its id: compute HMAC-SHA256(id) with this tenant's identity secret on your server` };
  }
  return { owner: `v:${visitor.id}` };
}
