// CORS for the widget's headers. Preflights carry no tenant header, so they are answered for
// any origin some tenant allows; the real request is then checked against its own tenant.
import { originKnown } from './tenants.mjs';

export const ALLOWED_HEADERS = 'Content-Type, X-Tenant-ID, X-Client, X-Visitor-Secret, Authorization';

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
