// A dev-server middleware for the script-tag tests: /served/<mode>/<key>/<file> serves
// dist/<file>, so a test loads the loader from a folder of its own, and the chunk is fetched
// from next to it. Modes:
//   plain      serve as is;
//   fail-once  the first request for the chat chunk under <key> answers 503 (offline, blocked).
// Each test picks a fresh <key>, so browsers running side by side never share a fault.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const failed = new Set();

export async function distRoutes(ctx, next) {
  const match = /^\/served\/(plain|fail-once)\/([\w-]+)\/(miptech-chat[\w.-]*\.js)$/.exec(ctx.path); // (ctx.path has no query)
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
  } catch {
    ctx.status = 404;
  }
  return undefined;
}
