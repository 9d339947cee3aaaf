// A dev-server middleware for the script-tag tests: /served/<mode>/<key>/<file> serves
// dist/<file>, so a test loads the loader from a folder of its own, and the chunk is fetched
// from next to it. Modes:
//   plain      serve as is;
//   fail-once  the first request for the chat chunk under <key> answers 503 (offline, blocked);
//   chat-and-words-fail-once  the first requests for the chat chunk and a language's chat words
//              answer 503;
//   chat-once-realtime-twice  the first request for the chat chunk, and the first two for the
//              realtime dialect's chunk, answer 503;
//   debug-fail-once  the first request for the site owner's chunk (the `debug` view) answers 503;
//   cors       with Access-Control-Allow-Origin: *, for a page on another origin (a CDN).
// /served/csp/<key>/page.html?api=URL[&policy=NAME][&debug] is a host page with the snippet
// under a strict policy (POLICIES below). It records violations, page errors, console errors
// and miptech-error events where the test can read them, and its policy reports to
// /served/csp-report/<key> (POST, as browsers send reports; GET lists them).
// /served/requests/<key> lists the files asked for under <key>, in order, with their queries
// (a retry's `?retry=1`), failed ones included.
// Each test picks a fresh <key>, so browsers running side by side never share a fault.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const CHAT = /\.chat-/;
/** Each fault mode: the files it refuses, each with how many times (per key). */
const FAULTS = {
  'fail-once': [[CHAT, 1]],
  'chat-and-words-fail-once': [[CHAT, 1], [/\.locale-[a-z]+-chat-/, 1]],
  'chat-once-realtime-twice': [[CHAT, 1], [/\.realtime-/, 2]],
  'debug-fail-once': [[/\.debug-/, 1]],
};
/** Refusals so far, by key and the fault's pattern. */
const failed = new Map();
/** Files asked for, by key (`file?query`). */
const asked = new Map();
const reports = new Map();

/**
 * The policies a test page can be served under, each after `default-src 'none'` (so nothing
 * else is allowed). `readme` is the README's "Content Security Policy" section, exactly.
 */
const POLICIES = {
  readme: ({ folder, api, ws }) => [`script-src ${folder}`, `connect-src ${api} ${ws}`, `img-src ${api}`, "require-trusted-types-for 'script'", 'trusted-types miptech-chat'],
  /** The README's, for a page that uses Lit itself (its own `lit-html` policy) too. */
  'readme-with-lit': ({ folder, api, ws }) => [`script-src ${folder}`, `connect-src ${api} ${ws}`, `img-src ${api}`, "require-trusted-types-for 'script'", 'trusted-types lit-html miptech-chat'],
  /** Trusted Types enforced, and no policy name allowed: the widget must fail closed. */
  'tt-none': ({ folder, api, ws }) => [`script-src ${folder}`, `connect-src ${api} ${ws}`, "require-trusted-types-for 'script'", "trusted-types 'none'"],
  /** No policy at all: a plain host page (two of them in iframes are two tabs of one site). */
  none: null,
  /** The API allowed, the WebSocket not: the chat must work over REST and say so. */
  'no-ws': ({ folder, api }) => [`script-src ${folder}`, `connect-src ${api}`, `img-src ${api}`, "require-trusted-types-for 'script'", 'trusted-types miptech-chat'],
};

/**
 * `hostLit`: the page creates Lit's own policy first, as a page built with Lit does; `copies`:
 * script tags; `noLocks`: a browser without Web Locks (each tab keeps its own socket);
 * `consent`: the element asks for consent (`consent="required"`).
 */
const cspPage = (api, { debug, hostLit, copies, noLocks, consent }) => `<!doctype html><html><head><meta charset="utf-8">
<script src="watch.js"></script>${hostLit ? '<script src="host-lit.js"></script>' : ''}${noLocks ? '<script src="no-locks.js"></script>' : ''}${'<script src="miptech-chat.js" defer></script>'.repeat(copies)}</head>
<body><miptech-chat api-url="${encodeURI(api)}"${debug ? ' debug' : ''}${consent ? ' consent="required"' : ''}></miptech-chat></body></html>`;

const NO_LOCKS = `Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });`;

const HOST_LIT = `window.trustedTypes && trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });`;

/** Runs first in the strict page: keeps what the test reads. */
const WATCH = `window.violations = []; window.pageErrors = []; window.consoleErrors = []; window.widgetErrors = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
document.addEventListener('miptech-error', (e) => window.widgetErrors.push(e.detail));
const consoleError = console.error.bind(console);
console.error = (...args) => { window.consoleErrors.push(args.map(String).join(' ')); consoleError(...args); };`;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function distRoutes(ctx, next) {
  const report = /^\/served\/csp-report\/([\w-]+)$/.exec(ctx.path);
  if (report) {
    const list = reports.get(report[1]) ?? [];
    reports.set(report[1], list);
    if (ctx.method === 'POST') {
      list.push(await readBody(ctx.req));
      ctx.status = 204;
    } else {
      ctx.body = list;
    }
    return undefined;
  }
  const page = /^\/served\/csp\/([\w-]+)\/(page\.html|watch\.js|host-lit\.js|no-locks\.js)$/.exec(ctx.path);
  if (page) {
    const api = /^https?:\/\/[^/]+/.exec(ctx.query.api ?? '')?.[0] ?? '';
    const policy = POLICIES[ctx.query.policy ?? 'readme'];
    const folder = `${ctx.protocol}://${ctx.host}/served/csp/${page[1]}/`;
    if (policy) {
      const directives = ["default-src 'none'", ...policy({ folder, api, ws: api.replace(/^http/, 'ws') }), `report-uri /served/csp-report/${page[1]}`];
      ctx.set('Content-Security-Policy', directives.join('; '));
    }
    ctx.type = page[2] === 'page.html' ? 'text/html' : 'application/javascript';
    const options = { debug: 'debug' in ctx.query, hostLit: 'hostLit' in ctx.query, copies: Number(ctx.query.copies ?? 1), noLocks: 'noLocks' in ctx.query, consent: 'consent' in ctx.query };
    ctx.body = page[2] === 'page.html' ? cspPage(ctx.query.api ?? '', options) : { 'host-lit.js': HOST_LIT, 'no-locks.js': NO_LOCKS }[page[2]] ?? WATCH;
    return undefined;
  }
  // The demo's playground and signed-in page, their scripts and styles, from a folder beside the
  // built files; `?api=` stands in for the platform's :8000, as `npm start` does for PLATFORM_PORT.
  const demo = /^\/served\/plain\/[\w-]+\/(playground\.html|playground\.js|account\.html|account\.js|demo\.css)$/.exec(ctx.path);
  if (demo) {
    const text = await readFile(fileURLToPath(new URL(`../../demo/${demo[1]}`, import.meta.url)), 'utf8');
    const local = (html) => html.replace(/"\/(miptech-chat\.js|playground\.js|account\.js|demo\.css)"/g, '"$1"').replaceAll('http://127.0.0.1:8000', ctx.query.api ?? 'http://127.0.0.1:8000');
    ctx.body = demo[1].endsWith('.html') ? local(text) : text;
    ctx.type = demo[1].endsWith('.html') ? 'text/html' : demo[1].endsWith('.css') ? 'text/css' : 'application/javascript';
    return undefined;
  }
  const requests = /^\/served\/requests\/([\w-]+)$/.exec(ctx.path);
  if (requests) {
    ctx.body = asked.get(requests[1]) ?? [];
    return undefined;
  }
  const match = /^\/served\/(plain|fail-once|chat-and-words-fail-once|chat-once-realtime-twice|debug-fail-once|cors|csp)\/([\w-]+)\/(miptech-chat[\w.-]*\.js)$/.exec(ctx.path); // (ctx.path has no query)
  if (!match) return next();
  const [, mode, key, file] = match;
  asked.set(key, [...(asked.get(key) ?? []), ctx.querystring ? `${file}?${ctx.querystring}` : file]);
  const fault = (FAULTS[mode] ?? []).find(([refused, times]) => refused.test(file) && (failed.get(`${key} ${refused}`) ?? 0) < times);
  if (fault) {
    failed.set(`${key} ${fault[0]}`, (failed.get(`${key} ${fault[0]}`) ?? 0) + 1);
    ctx.status = 503;
    ctx.body = `${file} is unavailable (test fault)`;
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
