// One connection per visitor, however many tabs: the SharedSocket with fake Web Locks and
// BroadcastChannels (testing/fake-tabs.ts), a virtual clock and hand-driven WebSockets.
import { expect } from '@open-wc/testing';
import { silentLogger } from '../../src/log/logger.js';
import { SocketState } from '../../src/protocol/connection.js';
import type { ServerFrame } from '../../src/protocol/types.js';
import { ChatSocket } from '../../src/socket/chat-socket.js';
import { SharedSocket } from '../../src/socket/shared-socket.js';
import { OWNER_CHECK_MS } from '../../src/socket/tab-relay.js';
import { FakeScheduler } from '../../testing/fake-scheduler.js';
import { fakeTabs } from '../../testing/fake-tabs.js';
import { fakeWebSockets } from '../../testing/fake-websocket.js';

const AUTH = { tenant_id: 'miptech-company', session_id: 's-1', user_agent: 'test', page_url: 'http://x/' };
const CHUNK = { type: 'response_chunk', data: { message_id: 'a1', index: 0, delta: 'Hi' } };

/** Lets the fake channels and locks deliver (they do so in microtasks, as browsers do in tasks). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A browser with tabs of one site: each `tab()` is one tab's widget socket for the same tenant and visitor. */
function browser() {
  const { tabs, locks, channels } = fakeTabs();
  const scheduler = new FakeScheduler();
  const sockets = fakeWebSockets();
  const tab = () => {
    const shared = new SharedSocket({
      name: 'miptech-chat:miptech-company@http://platform.test',
      tabs,
      scheduler,
      logger: silentLogger,
      createSocket: () => new ChatSocket({ url: () => 'ws://platform.test/api/v1/ws/chat', authData: () => AUTH, WebSocket: sockets.WebSocket, scheduler, logger: silentLogger }),
    });
    const frames: ServerFrame[] = [];
    shared.onFrame((frame) => frames.push(frame));
    return { shared, frames, state: () => shared.status.state };
  };
  /** The platform accepts the newest WebSocket and acknowledges its `auth`. */
  const accept = async () => {
    sockets.last().open();
    sockets.last().receive({ type: 'auth_success', data: { session_id: 's-1', protocol: 1 } });
    await flush();
  };
  /** `count` tabs that connect one after another: the first to connect owns the connection. */
  const joined = async (count: number) => {
    const tabs = Array.from({ length: count }, tab);
    for (const each of tabs) {
      each.shared.connect();
      await flush();
    }
    return tabs;
  };
  return { tab, joined, accept, sockets, locks, channels, scheduler };
}

describe('one connection shared by the tabs of a site', () => {
  it('the first tab opens the one WebSocket; the others show its status and get every frame once', async () => {
    const b = browser();
    const [first, second, third] = await b.joined(3);
    expect(b.sockets.instances.length, 'one WebSocket').to.equal(1);
    expect(second.state()).to.equal(SocketState.Connecting);
    await b.accept();
    expect([first.state(), second.state(), third.state()]).to.deep.equal([SocketState.Open, SocketState.Open, SocketState.Open]);
    b.sockets.last().receive(CHUNK);
    await flush();
    expect([first.frames.length, second.frames.length, third.frames.length]).to.deep.equal([1, 1, 1]);
    expect(third.frames[0]).to.deep.equal(CHUNK);
  });

  it('a tab that joins later is told the status at once', async () => {
    const b = browser();
    const first = b.tab();
    first.shared.connect();
    await flush();
    await b.accept();
    const late = b.tab();
    late.shared.connect();
    await flush();
    expect(late.state()).to.equal(SocketState.Open);
    expect(b.sockets.instances.length).to.equal(1);
  });

  it('a follower sends through the owner’s WebSocket, and only while the connection is open', async () => {
    const b = browser();
    const [, follower] = await b.joined(2);
    const cancel = { type: 'cancel', data: { message_id: 'a1' } } as const;
    expect(follower.shared.send(cancel), 'not open yet: not sent').to.equal(false);
    await b.accept();
    expect(follower.shared.send(cancel)).to.equal(true);
    await flush();
    expect(b.sockets.last().sent.map((s) => JSON.parse(s).type)).to.deep.equal(['auth', 'cancel']);
  });

  it('a follower that leaves leaves the connection open for the others', async () => {
    const b = browser();
    const [owner, follower] = await b.joined(2);
    await b.accept();
    follower.shared.disconnect('Widget removed');
    await flush();
    expect(follower.state()).to.equal(SocketState.Closed);
    expect(owner.state()).to.equal(SocketState.Open);
    expect(b.sockets.last().closedWith).to.equal(null);
  });

  it('the owner leaves: the next tab opens the connection at once, and the rest follow it', async () => {
    const b = browser();
    const [owner, next, third] = await b.joined(3);
    await b.accept();
    owner.shared.disconnect('Widget removed');
    expect(b.sockets.instances[0].closedWith, 'the owner closed its WebSocket').to.equal(1000);
    await flush();
    expect(b.sockets.instances.length, 'the next tab in the queue opened one').to.equal(2);
    expect(third.state(), 'the others wait for it').to.equal(SocketState.Connecting);
    await b.accept();
    expect([next.state(), third.state()]).to.deep.equal([SocketState.Open, SocketState.Open]);
    b.sockets.last().receive(CHUNK);
    await flush();
    expect([next.frames.length, third.frames.length]).to.deep.equal([1, 1]);
  });

  it('a frozen owner: a follower takes the lock within two checks, and the owner gives its socket up when it thaws', async () => {
    const b = browser();
    const [owner, follower] = await b.joined(2);
    await b.accept();
    const ownerChannel = b.channels.all[0];
    ownerChannel.frozen = true;
    b.scheduler.advance(OWNER_CHECK_MS);
    await flush();
    expect(b.sockets.instances.length, 'one unanswered check is not enough').to.equal(1);
    b.scheduler.advance(OWNER_CHECK_MS);
    await flush();
    expect(b.sockets.instances.length, 'the follower opened its own').to.equal(2);
    expect(b.sockets.instances[0].closedWith, 'the stolen lock made the frozen owner close its socket').to.equal(1000);
    ownerChannel.frozen = false;
    await b.accept();
    expect(follower.state()).to.equal(SocketState.Open);
    expect(owner.state(), 'the old owner now follows').to.equal(SocketState.Open);
    b.sockets.last().receive(CHUNK);
    await flush();
    expect([owner.frames.length, follower.frames.length]).to.deep.equal([1, 1]);
  });

  it('the connection rests (no retries) only while every tab is offline or hidden', async () => {
    const b = browser();
    const [owner, follower] = await b.joined(2);
    await b.accept();
    owner.shared.setSuspended(true);
    follower.shared.setSuspended(false);
    await flush();
    b.sockets.last().closeFromServer(1006);
    expect(owner.state(), 'a visible tab still wants it: retry').to.equal(SocketState.Waiting);
    follower.shared.setSuspended(true);
    await flush();
    expect(owner.state()).to.equal(SocketState.Suspended);
    await flush();
    expect(follower.state()).to.equal(SocketState.Suspended);
    follower.shared.wake();
    follower.shared.setSuspended(false);
    await flush();
    expect(b.sockets.instances.length, 'the tab that came back asked the owner to reconnect').to.equal(2);
  });

  it('tabs of another tenant or visitor (another name) keep their own connection', async () => {
    const b = browser();
    const mine = b.tab();
    const other = new SharedSocket({ name: 'miptech-chat:other@http://platform.test', tabs: fakeTabs().tabs, scheduler: b.scheduler, logger: silentLogger, createSocket: () => new ChatSocket({ url: () => 'ws://x/', authData: () => AUTH, WebSocket: b.sockets.WebSocket, scheduler: b.scheduler, logger: silentLogger }) });
    mine.shared.connect();
    other.connect();
    await flush();
    expect(b.sockets.instances.length).to.equal(2);
  });

  it('leaving and joining again (a page hidden to the back/forward cache, then shown) takes the lock again', async () => {
    const b = browser();
    const only = b.tab();
    only.shared.connect();
    await flush();
    await b.accept();
    only.shared.disconnect('Page hidden');
    await flush();
    expect(b.locks.isHeld('miptech-chat:miptech-company@http://platform.test')).to.equal(false);
    only.shared.wake();
    await flush();
    expect(b.sockets.instances.length).to.equal(2);
    await b.accept();
    expect(only.state()).to.equal(SocketState.Open);
  });
});

describe('what a follower believes of a relayed message', () => {
  it('a hostile status or acknowledgement on the channel is dropped; a good one is shown', async () => {
    const b = browser();
    const [, follower] = await b.joined(2);
    await b.accept();
    expect(follower.state()).to.equal(SocketState.Open);
    const forger = b.channels.open('miptech-chat:miptech-company@http://platform.test');
    const base = { attempt: 0, lastCloseCode: null, droppedFrames: 0, dialect: null };
    for (const status of [
      { ...base, state: 'closed', problem: 'constructor' },
      { ...base, state: 'waiting', problem: 'unreachable', nextDelayMs: Infinity, nextAttemptAt: 1 },
      { ...base, state: 'closed', problem: null, attempt: -1 },
      { ...base, state: 'exploded' },
      'closed',
    ]) {
      forger.postMessage({ from: 'owner', kind: 'status', status, ack: null });
      await flush();
      expect(follower.state(), JSON.stringify(status)).to.equal(SocketState.Open);
    }
    forger.postMessage({ from: 'owner', kind: 'status', status: { ...base, state: 'open' }, ack: { session_id: 's-1', chat_id: '../../../health?x=', visitor_secret: 'bad\r\nX-Injected: 1' } });
    await flush();
    expect(follower.shared.acknowledgement).to.deep.equal({ session_id: 's-1', chat_id: undefined, protocol: undefined, visitor_secret: undefined });
    forger.postMessage({ from: 'owner', kind: 'status', status: { ...base, state: 'closed', problem: 'auth-failed', lastCloseCode: 4001 }, ack: null });
    await flush();
    expect(follower.state(), 'a well-formed status is shown').to.equal(SocketState.Closed);
  });
});
