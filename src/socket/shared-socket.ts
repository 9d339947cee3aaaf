/**
 * One connection per visitor, however many tabs. The tabs (and instances) of one tenant and
 * visitor elect an owner with a Web Lock named after their storage namespace. The owner holds the
 * real ChatSocket and relays its status and frames over a BroadcastChannel of the same name; the
 * others follow: they show what it relays and send through it. When the owner leaves, its lock
 * passes to the next tab in the queue; when it stops answering (a frozen tab), a follower steals
 * the lock. Each tab's session sees one SocketPort either way, so it reconnects, catches up and
 * delivers exactly as with a socket of its own.
 */
import { Listeners } from '../ports/listeners.js';
import type { ChannelLike, TimerHandle } from '../ports/ports.js';
import { SocketState } from '../protocol/connection.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthSuccess, ClientFrame, ServerFrame } from '../protocol/types.js';
import type { ChatSocket } from './chat-socket.js';
import { readRelayedAck, readRelayedStatus } from './relay-checks.js';
import { INITIAL_SOCKET_STATUS, next, type SocketEvent, type SocketStatus } from './socket-status.js';
import { Followers, OWNER_CHECK_MS, TabRole, type Relay, type SharedSocketOptions, type SocketPort } from './tab-relay.js';

export class SharedSocket implements SocketPort {
  private readonly statusListeners = new Listeners<SocketStatus>();
  private readonly frameListeners = new Listeners<ServerFrame>();
  private readonly id: string;
  /** This tab's part (the debug view says it). */
  role: TabRole = TabRole.Off;
  /** Bumped on every leave: a lock granted (or lost) for an earlier membership is let go. */
  private generation = 0;
  private channel: ChannelLike | null = null;
  private inner: ChatSocket | null = null;
  private unsubscribeInner: (() => void)[] = [];
  /** Cancels the queued lock request; resolves the held lock. */
  private abort: AbortController | null = null;
  private release: (() => void) | null = null;
  private check: TimerHandle | null = null;
  private unanswered = false;
  private suspended = false;
  private current: SocketStatus = INITIAL_SOCKET_STATUS;
  /** The last dropped-frame count the owner's socket reported (each new socket starts at 0). */
  private seenDropped = 0;
  acknowledgement: AuthSuccess | null = null;
  private readonly followers: Followers;

  constructor(private readonly options: SharedSocketOptions) {
    this.id = options.scheduler.random().toString(36).slice(2);
    this.followers = new Followers(options.scheduler.now);
  }

  get status(): SocketStatus {
    return this.current;
  }

  readonly onStatus = (listener: (status: SocketStatus) => void): (() => void) => this.statusListeners.add(listener);
  readonly onFrame = (listener: (frame: ServerFrame) => void): (() => void) => this.frameListeners.add(listener);

  connect(): void {
    if (this.role === TabRole.Off) this.join();
    else this.command('connect');
  }

  wake(): void {
    if (this.role === TabRole.Off) return void (this.current.state === SocketState.Closed && this.current.problem === null && this.join());
    this.command('wake');
  }

  reauth = (): void => this.command('reauth');

  /** The page's policy refused the socket: only the owner has one to stop. */
  block = (): void => this.inner?.block();

  send(frame: ClientFrame): boolean {
    if (this.inner) return this.inner.send(frame);
    if (this.role !== TabRole.Follower || this.current.state !== SocketState.Open) return false;
    this.post({ from: 'f', k: 'send', frame });
    return true;
  }

  setSuspended(suspended: boolean): void {
    this.suspended = suspended;
    if (this.role === TabRole.Owner) this.inner?.setSuspended(this.followers.mayRest(this.suspended));
    else if (this.role === TabRole.Follower) this.post({ from: 'f', k: 'ping', id: this.id, suspended });
  }

  /** Leaves the group: the owner closes its socket and hands the lock on; a follower stops listening. */
  disconnect(reason = 'Manual disconnect'): void {
    if (this.role === TabRole.Off) return;
    this.generation += 1;
    if (this.role === TabRole.Owner) {
      this.dropInner(reason);
      this.post({ from: 'o', k: 'bye' });
    } else {
      this.post({ from: 'f', k: 'bye', id: this.id });
    }
    this.abort?.abort();
    this.release?.();
    [this.abort, this.release, this.role] = [null, null, TabRole.Off];
    this.options.scheduler.clearTimeout(this.check);
    this.channel!.onmessage = null;
    this.channel!.close();
    [this.channel, this.acknowledgement] = [null, null];
    this.step({ type: 'disconnect' });
  }

  /** Joins as a follower, queues for the lock, and asks the owner (if any) where things stand. */
  private join(): void {
    this.channel = this.options.tabs.channel(this.options.name);
    this.channel.onmessage = (event) => this.heard(event.data as Relay);
    this.follow();
    this.elect(false);
  }

  private follow(): void {
    this.role = TabRole.Follower;
    this.unanswered = false;
    this.followers.clear();
    this.step({ type: 'attempt' });
    this.post({ from: 'f', k: 'ping', id: this.id, suspended: this.suspended });
    this.checkOwner();
  }

  /** Asks for the lock: queued behind the owner, or (`steal`) taken from one that stopped answering. */
  private elect(steal: boolean): void {
    const generation = this.generation;
    const abort = (this.abort = steal ? null : new AbortController());
    const held = () =>
      new Promise<void>((release) => {
        if (generation !== this.generation) return release();
        this.release = release;
        this.own();
      });
    this.options.tabs.locks.request(this.options.name, abort ? { signal: abort.signal } : { steal: true }, held).catch(() => {
      // Aborted by our own leaving, or the lock was stolen from us (we were frozen): follow again.
      if (generation !== this.generation || this.role !== TabRole.Owner) return;
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
    this.options.scheduler.clearTimeout(this.check);
    this.abort = null;
    this.role = TabRole.Owner;
    this.seenDropped = 0;
    const socket = (this.inner = this.options.createSocket());
    this.unsubscribeInner = [
      socket.onStatus((status) => {
        this.show(status, socket.acknowledgement);
        this.post({ from: 'o', k: 'status', status, ack: socket.acknowledgement });
      }),
      socket.onFrame((frame) => {
        this.frameListeners.emit(frame);
        this.post({ from: 'o', k: 'frame', frame: JSON.stringify(frame) });
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

  /** A follower's check: an owner that did not answer the last one is frozen, and its lock is taken. */
  private checkOwner(): void {
    this.check = this.options.scheduler.setTimeout(() => {
      if (this.role !== TabRole.Follower) return;
      if (this.unanswered) {
        this.options.logger.debug('the owner tab froze: taking over');
        this.abort?.abort();
        this.elect(true);
      } else {
        this.unanswered = true;
        this.post({ from: 'f', k: 'ping', id: this.id, suspended: this.suspended });
      }
      this.checkOwner();
    }, OWNER_CHECK_MS);
  }

  private heard(message: Relay): void {
    if (typeof message !== 'object' || message === null) return;
    if (this.role === TabRole.Owner && message.from === 'f') this.served(message);
    else if (this.role === TabRole.Follower && message.from === 'o') this.relayed(message);
  }

  /** The owner, asked by a follower. */
  private served(message: Extract<Relay, { from: 'f' }>): void {
    const socket = this.inner!;
    if (message.k === 'ping') {
      // Every check is answered; a tab new to this owner is told where things stand.
      const known = this.followers.checkedIn(message.id, message.suspended === true);
      this.post(known ? { from: 'o', k: 'alive' } : { from: 'o', k: 'status', status: socket.status, ack: socket.acknowledgement });
    } else if (message.k === 'bye') this.followers.left(message.id);
    else if (message.k === 'send') socket.send(message.frame);
    else if (message.k === 'reauth' || message.k === 'connect' || message.k === 'wake') socket[message.k]();
    socket.setSuspended(this.followers.mayRest(this.suspended));
  }

  /** A follower, told by the owner. */
  private relayed(message: Extract<Relay, { from: 'o' }>): void {
    this.unanswered = false;
    if (message.k === 'status') {
      const status = readRelayedStatus(message.status);
      if (status) this.show(status, readRelayedAck(message.ack));
    } else if (message.k === 'bye') {
      // The owner left: the next tab in the lock's queue opens the connection.
      this.step({ type: 'attempt' });
    } else if (message.k === 'frame' && this.current.state === SocketState.Open) {
      const parsed = parseServerFrame(message.frame);
      if (parsed.ok && parsed.frame) this.frameListeners.emit(parsed.frame);
    }
  }

  /** Does `kind` on the real socket here, or asks the owner to. */
  private command(kind: 'connect' | 'wake' | 'reauth'): void {
    if (this.inner) this.inner[kind]();
    else if (this.role === TabRole.Follower) this.post({ from: 'f', k: kind, id: this.id });
  }

  /**
   * Shows `status` here. Dropped frames keep counting up across owners (each socket starts at
   * 0), so the session still notices every drop and catches up.
   */
  private show(status: SocketStatus, ack: AuthSuccess | null): void {
    const reported = status.droppedFrames;
    const added = reported >= this.seenDropped ? reported - this.seenDropped : reported;
    this.seenDropped = reported;
    this.current = Object.freeze({ ...status, droppedFrames: this.current.droppedFrames + added });
    this.acknowledgement = ack;
    this.statusListeners.emit(this.current);
  }

  /** A change of our own (joining, the owner gone, leaving): no frame was dropped by it. */
  private step(event: SocketEvent): void {
    this.show({ ...next(this.current, event), droppedFrames: this.seenDropped }, this.acknowledgement);
  }

  private post(message: Relay): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A channel the browser closed (the page is being unloaded): nobody is left to tell.
    }
  }
}
