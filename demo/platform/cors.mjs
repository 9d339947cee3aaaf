// CORS for the widget's headers. Preflights carry no tenant header, so they are answered for
// any origin some tenant allows; the real request is then checked against its own tenant.
import { originKnown } from './tenants.mjs';

/**
 * `User-Agent`: the guide's client sets `User-Agent: MIPTech-Website/1.0`. Chromium drops it, but
 * Firefox sends it, so its preflight asks for it, and the guide's client must pass as written.
 */
export const ALLOWED_HEADERS = 'Content-Type, X-Tenant-ID, X-Client, X-Visitor-Secret, Authorization, User-Agent';

export function corsHeaders(tenants, origin) {
  if (!origin || !originKnown(tenants, origin)) return { Vary: 'Origin' };
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

export function preflightHeaders(tenants, origin) {
  const base = corsHeaders(tenants, origin);
  if (!base['Access-Control-Allow-Origin']) return base;
  return {
    ...base,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  };
}
