// The reference platform's route table (demo/platform/http-basics.mjs): the routes are grouped
// by who calls them (routes-public, routes-demo, routes-control), and one small router finds the
// route for a request. These are its rules, and the groups' answers to what no route takes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError, router } from '../../demo/platform/http-basics.mjs';
import { platform } from './helpers.mjs';

const request = (method, path) => [{ method }, new URL(path, 'http://platform.local')];
const statusOf = (promise) => promise.then((r) => r.status, (e) => (e instanceof HttpError ? e.status : String(e)));

describe('the route table', () => {
  let gate = true;
  const route = router([
    { path: '/only-get', methods: ['GET'], refuse: 'use GET', handle: () => ({ status: 200 }) },
    { path: '/falls', methods: ['POST'], handle: () => ({ status: 201 }) },
    { path: /^\/items\/(\d+)$/, when: () => gate, handle: (req, url, found) => ({ status: 200, id: found[1] }) },
    { path: /^\/items\/(.*)$/, handle: () => ({ status: 202 }) },
  ]);

  it('answers with the first route whose path, gate and method all fit, and passes the path’s match on', async () => {
    assert.deepEqual(await route(...request('GET', '/items/42')), { status: 200, id: '42' });
    gate = false;
    assert.equal(await statusOf(route(...request('GET', '/items/42'))), 202, 'a closed gate lets the request fall through');
    gate = true;
    assert.equal(await statusOf(route(...request('GET', '/items/x'))), 202);
  });

  it('a route that refuses other methods says so (405); one that does not lets the request fall through to 404', async () => {
    assert.equal(await statusOf(route(...request('POST', '/only-get'))), 405);
    assert.equal(await statusOf(route(...request('GET', '/falls'))), 404);
    assert.equal(await statusOf(route(...request('GET', '/nothing'))), 404);
  });
});

describe('the groups, on a running platform', () => {
  it('health takes GET only; /__control answers only where control is on; the demo backend only where it was started', async () => {
    const server = await platform();
    try {
      const call = (method, path) => fetch(`${server.url}${path}`, { method }).then((r) => r.status);
      assert.equal(await call('GET', '/healthz'), 200);
      assert.equal(await call('POST', '/api/v1/health'), 405);
      assert.equal(await call('GET', '/__control/flood'), 404, 'flood is POST only, and falls through');
      assert.equal(await call('GET', '/demo/token'), 404);
      assert.equal(await call('PUT', '/api/v1/chat/'), 405);
    } finally {
      await server.close();
    }
  });
});
