// A loopback HTTP server for the benchmarks: serves a plain host page and the built widget from
// a folder (or any file given), and records what each page load fetched.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const HOST_PAGE = (script, prefetch, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;max-width:720px;padding:40px}</style></head><body>
<h1>A host page</h1>${'<p>Some article text on the host page, the kind a visitor reads before asking anything. '.repeat(3)}</p>
${script ? `<script src="${script}" defer></script><miptech-chat api-url="http://127.0.0.1:9"${prefetch ? ` prefetch="${prefetch}"` : ''}></miptech-chat>` : ''}
</body></html>`;

/**
 * `builds`: { name: folder holding miptech-chat.js and its chunks }. Pages: /page/empty,
 * /page/<name> (the snippet, the script from /<name>/miptech-chat.js; `?prefetch=intent` sets
 * the attribute, `?lang=de` the page's language). `fetched(name)` lists the
 * files one build served since `reset()`, with their gzip size.
 */
export async function startBenchServer(builds) {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const page = /^\/page\/([\w-]+)$/.exec(url.pathname);
    if (page) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const prefetch = /^(idle|intent)$/.exec(url.searchParams.get('prefetch') ?? '')?.[0];
      const lang = /^[a-z]{2}$/.exec(url.searchParams.get('lang') ?? '')?.[0];
      return res.end(HOST_PAGE(page[1] === 'empty' ? null : `/${page[1]}/miptech-chat.js`, prefetch, lang));
    }
    const file = /^\/([\w-]+)\/(miptech-chat[\w.-]*\.js)$/.exec(url.pathname);
    if (file && builds[file[1]]) {
      try {
        const body = readFileSync(join(builds[file[1]], basename(file[2])));
        log.push({ build: file[1], file: file[2], gzip: gzipSync(body, { level: 9 }).length });
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        return res.end(body);
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    reset: () => void (log.length = 0),
    fetched: (build) => log.filter((entry) => entry.build === build),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
