import { expect } from '@open-wc/testing';
import { probeSocket } from '../../src/diagnostics/probes.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { fakeWebSockets } from '../../testing/fake-websocket.js';

const AUTH = { tenant_id: 't', session_id: 'diagnostics-x', user_agent: 'UA', page_url: 'http://site.test/' };

function probe() {
  const scheduler = new FakeScheduler(() => 0.5);
  const sockets = fakeWebSockets();
  const result = probeSocket({ WebSocket: sockets.WebSocket, socketUrl: 'ws://x', authData: AUTH, scheduler });
  return { scheduler, sockets, result };
}

describe('the debug view’s socket probe', () => {
  it('auth_success: a success, acknowledged', async () => {
    const { sockets, result } = probe();
    sockets.last().open();
    sockets.last().receive({ type: 'auth_success', data: { session_id: 'diagnostics-x' } });
    expect(await result).to.include({ status: 'success', acknowledged: true });
  });

  it('a platform that takes auth without a word: a success after 2 s, saying it was not acknowledged', async () => {
    const { scheduler, sockets, result } = probe();
    sockets.last().open();
    scheduler.advance(2_000);
    expect(await result).to.include({ status: 'success', acknowledged: false });
  });

  it('an error frame answering auth is not taken for success: the close that follows says why', async () => {
    const { scheduler, sockets, result } = probe();
    sockets.last().open();
    sockets.last().receive({ type: 'error', data: { code: 'unauthorized', message: 'no' } });
    scheduler.advance(2_500);
    sockets.last().closeFromServer(4001, 'no');
    const probed = await result;
    expect(probed.status).to.equal('failed');
    expect(probed.failure).to.include({ reason: 'closed', code: 4001 });
  });
});
