// Tenants and their allowed origins (tenants.json). A pattern may end in ":*" for any port.
// `require_token`: every call needs a bearer token (identity.mjs); `identity_secret`: visitors
// are verified by the HMAC of their id under it (docs/protocol.md, "Visitor identity");
// `require_visitor_secret`: a chat's calls and frames need the secret issued with it
// (docs/protocol.md, "Visitor secret"). Off, the guide's client works as written.
import { readFileSync } from 'node:fs';

export function loadTenants(file) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(Object.entries(raw).map(([id, t]) => [id, { id, name: t.name, allowedOrigins: t.allowed_origins ?? [], browserOnly: t.browser_only === true, requireToken: t.require_token === true, identitySecret: t.identity_secret ?? null, requireVisitorSecret: t.require_visitor_secret === true }]));
}

function originMatches(origin, pattern) {
  if (pattern === '*') return true;
  if (pattern.endsWith(':*')) {
    const base = pattern.slice(0, -2);
    return origin === base || (origin.startsWith(`${base}:`) && /^\d+$/.test(origin.slice(base.length + 1)));
  }
  return origin === pattern;
}

/**
 * Whether a request from `origin` may act for `tenant`. Requests without an Origin header
 * (curl, server-to-server, the guide's console checks) are allowed unless the tenant is
 * `browser_only`: its widget always calls from a page on another origin, so a call without an
 * Origin is a script replaying a visitor's ids, not the visitor.
 */
export function originAllowed(tenant, origin) {
  if (!origin || origin === 'null') return !origin && !tenant.browserOnly;
  return tenant.allowedOrigins.some((pattern) => originMatches(origin, pattern));
}

/** For preflights, which carry no tenant: allowed if any tenant allows the origin. */
export function originKnown(tenants, origin) {
  return [...tenants.values()].some((t) => originAllowed(t, origin));
}
