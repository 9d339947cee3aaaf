// What every group of the reference platform's routes shares: its error, reading a JSON body,
// the request's URL, and the route table that finds the route for a request.
import { LIMITS } from './validate.mjs';

export class HttpError extends Error {
  constructor(status, detail, headers = {}) {
    super(detail);
    this.status = status;
    this.headers = headers;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** 429, with when to come back (`Retry-After`, in seconds). */
export const tooMany = (what, wait) =>
  new HttpError(429, `${what}; retry after ${Math.ceil(wait / 1000)} s`, { 'Retry-After': String(Math.ceil(wait / 1000)) });

/** The request's URL, or null when its target is not one (`GET http://[ HTTP/1.1`). */
export function requestUrl(req) {
  try {
    return new URL(req.url, 'http://platform.local');
  } catch {
    return null;
  }
}

export function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      // Past the limit: keep nothing more, answer 413, and close the connection afterwards.
      if (size > LIMITS.bodyBytes) return reject(new HttpError(413, `the body is larger than ${LIMITS.bodyBytes} bytes`, { Connection: 'close' }));
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LIMITS.bodyBytes) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(new HttpError(400, 'the body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * A route table. A route names its `path` (a string matched whole, or a RegExp whose match is
 * passed on), the `methods` it takes (any when absent) and a `when` gate (a feature of this
 * platform, such as `/__control` for tests). The first route whose path matches, whose gate is
 * open and which takes the method answers. One that takes other methods refuses the request
 * with 405 where it says `refuse`, and lets it fall through to the next route otherwise.
 */
export function router(routes) {
  return async function route(req, url) {
    for (const { path, methods, when, refuse, handle } of routes) {
      const found = typeof path === 'string' ? (path === url.pathname ? [path] : null) : path.exec(url.pathname);
      if (!found || (when && !when())) continue;
      if (methods && !methods.includes(req.method)) {
        if (refuse) throw new HttpError(405, refuse);
        continue;
      }
      return handle(req, url, found);
    }
    throw new HttpError(404, 'Not Found');
  };
}
