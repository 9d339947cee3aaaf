// A dev-server middleware for the script-tag tests: /served/<mode>/<key>/<file> serves
// dist/<file>, so a test loads the loader from a folder of its own, and the chunk is fetched
// from next to it. Modes:
//   plain      serve as is;
//   fail-once  the first request for the chat chunk under <key> answers 503 (offline, blocked);
//   cors       with Access-Control-Allow-Origin: *, for a page on another origin (a CDN).
// /served/csp/<key>/page.html?api=URL is a host page with the snippet under a strict policy
// (script-src 'self'), reporting violations to its parent.
// Each test picks a fresh <key>, so browsers running side by side never share a fault.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const failed = new Set();

const cspPage = (api) => `<!doctype html><html><head><meta charset="utf-8">
<script src="violations.js"></script><script src="miptech-chat.js" defer></script></head>
<body><miptech-chat api-url="${encodeURI(api)}"></miptech-chat></body></html>`;

/** In the strict page: every violation is kept where the test can read it. */
const VIOLATIONS = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

export async function distRoutes(ctx, next) {
  const page = /^\/served\/csp\/([\w-]+)\/(page\.html|violations\.js)$/.exec(ctx.path);
  if (page) {
    const api = ctx.query.api ?? '';
    const origin = /^https?:\/\/[^/]+/.exec(api)?.[0] ?? '';
    ctx.set('Content-Security-Policy', `default-src 'none'; script-src 'self'; connect-src ${origin} ${origin.replace(/^http/, 'ws')}; img-src 'self'`);
    ctx.type = page[2] === 'page.html' ? 'text/html' : 'application/javascript';
    ctx.body = page[2] === 'page.html' ? cspPage(api) : VIOLATIONS;
    return undefined;
  }
  const match = /^\/served\/(plain|fail-once|cors|csp)\/([\w-]+)\/(miptech-chat[\w.-]*\.js)$/.exec(ctx.path); // (ctx.path has no query)
  if (!match) return next();
  const [, mode, key, file] = match;
  if (mode === 'fail-once' && file.includes('.chat-') && !failed.has(key)) {
    failed.add(key);
    ctx.status = 503;
    ctx.body = 'the chat chunk is unavailable (test fault)';
    return undefined;
  }
  try {
    ctx.body = await readFile(`${dist}${file}`, 'utf8');
    ctx.type = 'application/javascript';
    if (mode === 'cors') ctx.set('Access-Control-Allow-Origin', '*');
  } catch {
    ctx.status = 404;
  }
  return undefined;
}
