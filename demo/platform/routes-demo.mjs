// The demo site's backend, played by the platform: a token for a tenant that requires one, and a
// signed-in demo visitor (a real site computes both on its own server). Only where the platform
// was started for the demo (`--demo-backend`, as `npm start` does), and rate limited per client:
// the Origin check alone is no defence against a script that forges it.
import { HttpError, readJson, tooMany } from './http-basics.mjs';
import { issueToken, visitorHash } from './identity.mjs';
import { windowLimiter } from './rate-limits.mjs';
import { originAllowed } from './tenants.mjs';
import { LIMITS } from './validate.mjs';

/** The demo site's sign-in: two people, so switching between them shows that conversations never cross. */
const DEMO_USERS = {
  ada: { id: 'demo-user-ada', name: 'Ada Lovelace', email: 'ada@example.com' },
  grace: { id: 'demo-user-grace', name: 'Grace Hopper', email: 'grace@example.com' },
};

export function demoRoutes(state) {
  const limit = windowLimiter(LIMITS.demoCallsPerWindow, LIMITS.clientWindowMs);
  /** Refuses the call where there is no demo backend, or one client calls it too often. */
  const admit = (req) => {
    if (!state.demoBackend) throw new HttpError(404, 'Not Found');
    const wait = limit.waitMs(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) throw tooMany(`more than ${LIMITS.demoCallsPerWindow} demo sign-ins a minute`, wait);
  };
  return [
    {
      path: '/demo/token',
      methods: ['POST'],
      handle: async (req) => {
        admit(req);
        const tenant = state.tenants.get(String((await readJson(req))?.tenant_id ?? ''));
        if (!tenant || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown tenant, or an origin it does not allow');
        state.count('tokens');
        return { status: 200, body: { token: issueToken(tenant.id, Date.now(), undefined, state.tokenGeneration), expires_in: 600 } };
      },
    },
    {
      path: '/demo/login',
      methods: ['POST'],
      handle: async (req) => {
        admit(req);
        const { tenant_id: tenantId, user } = (await readJson(req)) ?? {};
        const tenant = state.tenants.get(String(tenantId ?? ''));
        const person = DEMO_USERS[user];
        if (!tenant?.identitySecret || !person || !originAllowed(tenant, req.headers.origin)) throw new HttpError(403, 'Unknown demo user, or a tenant without an identity secret');
        return { status: 200, body: { visitor: { ...person, hash: visitorHash(tenant.identitySecret, person.id) } } };
      },
    },
  ];
}
