/**
 * One connection per visitor, however many tabs. The tabs (and instances) of one tenant and
 * visitor elect an owner with a Web Lock named after their storage namespace. The owner holds the
 * real ChatSocket and relays its status and frames over a BroadcastChannel of the same name; the
 * others follow: they show what it relays and send through it. When the owner leaves, its lock
 * passes to the next tab in the queue; when it stops answering (a frozen tab), a follower steals
 * the lock. Each tab's session sees one SocketPort either way, so it reconnects, catches up and
 * delivers exactly as with a socket of its own.
 */
import { listeners } from '../ports/listeners.js';
import type { ChannelLike } from '../ports/ports.js';
import { SocketState } from '../protocol/connection.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthSuccess, ClientFrame, ServerFrame } from '../protocol/types.js';
import type { ChatSocket } from './chat-socket.js';
import { ownerWatch } from './owner-watch.js';
import { readRelayedAck, readRelayedStatus } from './relay-checks.js';
import type { SocketStatus } from './socket-status.js';
import { shownStatus } from './shown-status.js';
import type { SocketPort } from './socket-port.js';
import { followers, TabRole, type Relay, type SharedSocketOptions } from './tab-relay.js';
import { membership } from './tab-role.js';

export class SharedSocket implements SocketPort {
  /** The status this tab shows, whoever holds the socket. */
  private readonly shown = shownStatus();
  private readonly frameListeners = listeners<ServerFrame>();
  private readonly id = this.options.scheduler.random().toString(36).slice(2);
  /** This tab's role, moved by the table in tab-role.ts, and its generation. */
  private readonly membership = membership();
  private channel: ChannelLike | null = null;
  private inner: ChatSocket | null = null;
  private unsubscribeInner: (() => void)[] = [];
  /** Cancels the queued lock request; resolves the held lock. */
  private abort: AbortController | null = null;
  private release: (() => void) | null = null;
  /** While following: is the owner still there? (Asked by a ping; one that froze is taken over.) */
  private readonly watch = ownerWatch(
    this.options.scheduler,
    () => this.ping(),
    () => this.takeOver(),
  );
  private suspended = false;
  private readonly followers = followers(this.options.scheduler.now);

  constructor(private readonly options: SharedSocketOptions) {}

  /** This tab's part (the debug view says it). */
  get role(): TabRole {
    return this.membership.role();
  }

  get status(): SocketStatus {
    return this.shown.current();
  }

  /** What `auth_success` said when the link shown opened. */
  get acknowledgement(): AuthSuccess | null {
    return this.shown.acknowledgement();
  }

  readonly onStatus = this.shown.onStatus;
  readonly onFrame = (listener: (frame: ServerFrame) => void): (() => void) => this.frameListeners.add(listener);

  connect(): void {
    if (this.role === TabRole.Off) this.join();
    else this.command('connect');
  }

  /** As ChatSocket's: outside the group, only a tab closed on purpose (no problem) joins again. */
  wake(): void {
    if (this.role !== TabRole.Off) return this.command('wake');
    const status = this.shown.current();
    if (status.state === SocketState.Closed && status.problem === null) this.join();
  }

  reauth = (): void => this.command('reauth');

  /** The page's policy refused the socket: only the owner has one to stop. */
  block = (): void => this.inner?.block();

  send(frame: ClientFrame): boolean {
    if (this.inner) return this.inner.send(frame);
    if (this.role !== TabRole.Follower || this.shown.current().state !== SocketState.Open) return false;
    this.post({ from: 'follower', kind: 'send', frame });
    return true;
  }

  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    if (this.role === TabRole.Owner) this.inner?.setSuspended(this.followers.mayRest(this.suspended));
    else if (this.role === TabRole.Follower) this.ping();
  }

  /** Leaves the group: the owner closes its socket and hands the lock on; a follower stops listening. */
  disconnect(reason = 'Manual disconnect'): void {
    const was = this.role;
    if (!this.membership.move('leave')) return;
    if (was === TabRole.Owner) {
      this.dropInner(reason);
      this.post({ from: 'owner', kind: 'bye' });
    } else {
      this.post({ from: 'follower', kind: 'bye', id: this.id });
    }
    this.abort?.abort();
    this.release?.();
    this.abort = this.release = null;
    this.watch.stop();
    this.channel!.onmessage = null;
    this.channel!.close();
    this.channel = null;
    this.shown.step({ type: 'disconnect' }, null);
  }

  /** Joins as a follower, queues for the lock, and asks the owner (if any) where things stand. */
  private join(): void {
    this.membership.move('join');
    this.channel = this.options.tabs.channel(this.options.name);
    this.channel.onmessage = (event) => this.heard(event.data as Relay);
    this.follow();
    this.elect(false);
  }

  /** This tab follows (it joined, or the lock was taken from it): it shows what the owner relays. */
  private follow(): void {
    this.followers.clear();
    this.shown.step({ type: 'attempt' });
    this.ping();
    this.watch.start();
  }

  /** A follower's word to the owner: it is here, and whether it is offline or hidden. */
  private ping(): void {
    this.post({ from: 'follower', kind: 'ping', id: this.id, suspended: this.suspended });
  }

  /** The owner froze: its lock is taken. */
  private takeOver(): void {
    this.options.logger.debug('the owner tab froze: taking over');
    this.abort?.abort();
    this.elect(true);
  }

  /** Asks for the lock: queued behind the owner, or (`steal`) taken from one that stopped answering. */
  private elect(steal: boolean): void {
    const generation = this.membership.generation();
    const abort = (this.abort = steal ? null : new AbortController());
    const held = () =>
      new Promise<void>((release) => {
        if (!this.membership.move('granted', generation)) return release();
        this.release = release;
        this.own();
      });
    this.options.tabs.locks
      .request(this.options.name, abort ? { signal: abort.signal } : { steal: true }, held)
      .catch(() => {
        // Aborted by our own leaving, or the lock was stolen from us (we were frozen): follow again.
        if (!this.membership.move('lost', generation)) return;
        this.options.logger.debug('another tab owns the connection');
        this.dropInner('Replaced');
        this.release = null;
        this.follow();
        this.elect(false);
      });
  }

  /** This tab holds the lock: it opens the real socket and relays it. */
  private own(): void {
    this.options.logger.debug('this tab owns the connection');
    this.watch.stop();
    this.abort = null;
    this.shown.ownSocket();
    const socket = (this.inner = this.options.createSocket());
    this.unsubscribeInner = [
      socket.onStatus((status) => {
        this.shown.show(status, socket.acknowledgement);
        this.post({ from: 'owner', kind: 'status', status, ack: socket.acknowledgement });
      }),
      socket.onFrame((frame) => {
        this.frameListeners.emit(frame);
        this.post({ from: 'owner', kind: 'frame', frame: JSON.stringify(frame) });
      }),
    ];
    socket.setSuspended(this.followers.mayRest(this.suspended));
    socket.connect();
  }

  private dropInner(reason: string): void {
    for (const unsubscribe of this.unsubscribeInner.splice(0)) unsubscribe();
    this.inner?.disconnect(reason);
    this.inner = null;
  }

  private heard(message: Relay): void {
    if (typeof message !== 'object' || message === null) return;
    if (this.role === TabRole.Owner && message.from === 'follower') this.served(message);
    else if (this.role === TabRole.Follower && message.from === 'owner') this.relayed(message);
  }

  /** The owner, asked by a follower. */
  private served(message: Extract<Relay, { from: 'follower' }>): void {
    const socket = this.inner!;
    if (message.kind === 'ping') {
      // Every check is answered; a tab new to this owner is told where things stand.
      const known = this.followers.checkedIn(message.id, message.suspended === true);
      this.post(
        known
          ? { from: 'owner', kind: 'alive' }
          : { from: 'owner', kind: 'status', status: socket.status, ack: socket.acknowledgement },
      );
    } else if (message.kind === 'bye') this.followers.left(message.id);
    else if (message.kind === 'send') socket.send(message.frame);
    else if (message.kind === 'reauth' || message.kind === 'connect' || message.kind === 'wake') socket[message.kind]();
    socket.setSuspended(this.followers.mayRest(this.suspended));
  }

  /** A follower, told by the owner. */
  private relayed(message: Extract<Relay, { from: 'owner' }>): void {
    this.watch.answered();
    if (message.kind === 'status') {
      const status = readRelayedStatus(message.status);
      if (status) this.shown.show(status, readRelayedAck(message.ack));
    } else if (message.kind === 'bye') {
      // The owner left: the next tab in the lock's queue opens the connection.
      this.shown.step({ type: 'attempt' });
    } else if (message.kind === 'frame' && this.shown.current().state === SocketState.Open) {
      const parsed = parseServerFrame(message.frame);
      if (parsed.ok && parsed.frame) this.frameListeners.emit(parsed.frame);
    }
  }

  /** Does `kind` on the real socket here, or asks the owner to. */
  private command(kind: 'connect' | 'wake' | 'reauth'): void {
    if (this.inner) this.inner[kind]();
    else if (this.role === TabRole.Follower) this.post({ from: 'follower', kind: kind, id: this.id });
  }

  private post(message: Relay): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A channel the browser closed (the page is being unloaded): nobody is left to tell.
    }
  }
}
