// The REST half of docs/protocol.md: CORS, faults that delay every answer, and how a result is
// written. The routes are grouped by who calls them, each group a route table of its own: the
// public API (routes-public.mjs), the demo site's backend (routes-demo.mjs) and the tests'
// `/__control` (routes-control.mjs).
import { corsHeaders, preflightHeaders } from './cors.mjs';
import { HttpError, requestUrl, router, sleep } from './http-basics.mjs';
import { controlRoutes } from './routes-control.mjs';
import { demoRoutes } from './routes-demo.mjs';
import { publicRoutes } from './routes-public.mjs';

export { requestUrl };

/** A JSON replacer that drops what the guide never promised and we added: `seq` and chunk `index`. */
export const withoutOurExtensions = (key, value) => (key === 'seq' || key === 'index' ? undefined : value);

/** Returns the request handler: `state` holds tenants, store, faults, hub, knowledge, log. */
export function createHttpHandler(state) {
  const { tenants } = state;
  const route = router([...publicRoutes(state), ...demoRoutes(state), ...controlRoutes(state)]);

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
