/**
 * The chat socket: one logical connection that survives any number of WebSockets. Each link speaks
 * a dialect (dialect-link.ts) whose handshake says when it is open (`auth_success`, a joined
 * chat); each WebSocket has a generation (an older one's events are ignored); one whose `open` or
 * handshake never completes is given up; full-jitter backoff, reset only after
 * `stableAfterMs` open; a heartbeat judged by the wall clock; the close codes of close-codes.ts.
 * Status changes go through socket-status.ts's pure `next()`: this class owns the WebSocket, its
 * timers and generation.
 */
import { listeners } from '../ports/listeners.js';
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { Dialect, GREETING_WAIT_MS } from '../protocol/dialect.js';
import type { AuthSuccess, ClientFrame, ServerFrame } from '../protocol/types.js';
import {
  CLIENT_TIMEOUT_CLOSE,
  SOCKET_DEFAULTS,
  type ChatSocketOptions,
  type OpenedBy,
  type SocketTimer,
} from './socket-options.js';
import { heartbeat, type Heartbeat } from './heartbeat.js';
import { reconnectWaits, type ReconnectWaits } from './reconnect-waits.js';
import { namedTimers, type NamedTimers } from './named-timers.js';
import { createLink, knownDialect, openWebSocket } from './dialect-link.js';
import type { Link, LinkHost } from './link-host.js';
import { INITIAL_SOCKET_STATUS, next, type SocketEvent, type SocketStatus } from './socket-status.js';
import { webSocketSlot } from './web-socket-slot.js';

export class ChatSocket {
  private readonly options: ChatSocketOptions & Record<keyof typeof SOCKET_DEFAULTS, number>;
  /** The backoff, and what the platform asked of it. */
  private readonly waits: ReconnectWaits;
  private readonly timers: NamedTimers<SocketTimer>;
  private readonly statusListeners = listeners<SocketStatus>();
  private readonly frameListeners = listeners<ServerFrame>();
  /** The WebSocket of the current link, and its generation. */
  private readonly slot = webSocketSlot();
  private suspended = false;
  private readonly heartbeat: Heartbeat;
  private current: SocketStatus = INITIAL_SOCKET_STATUS;
  /** What the platform's `auth_success` said when this link opened (a verified visitor's chat and secret). */
  acknowledgement: AuthSuccess | null = null;
  /** How the current link came to count as open (the diagnostics say it), or null before. */
  openedBy: OpenedBy | null = null;
  /** The dialect this link speaks, once known, and its handshake and frames. */
  private dialect: Dialect | null = null;
  private link: Link | null = null;

  constructor(options: ChatSocketOptions) {
    this.options = { ...SOCKET_DEFAULTS, ...options };
    this.timers = namedTimers(options.scheduler);
    const { scheduler, logger, pingIntervalMs: intervalMs, pongTimeoutMs: timeoutMs } = this.options;
    const { backoffBaseMs: baseMs, backoffCapMs: capMs, serverErrorFloorMs } = this.options;
    this.waits = reconnectWaits({ random: scheduler.random, baseMs, capMs, serverErrorFloorMs });
    const send = (frame: ClientFrame | { type: 'ping'; timestamp: number }) => this.slot.write(frame);
    const dead = (reason: string) => this.failLink(ConnectionProblem.HeartbeatTimeout, reason);
    this.heartbeat = heartbeat({ scheduler, logger, timers: this.timers, intervalMs, timeoutMs, send, dead });
  }

  get status(): SocketStatus {
    return this.current;
  }

  /** Called with the new status after every change; returns an unsubscribe function. */
  readonly onStatus = (listener: (status: SocketStatus) => void): (() => void) => this.statusListeners.add(listener);

  /** Called with every valid frame other than the handshake and heartbeat. */
  readonly onFrame = (listener: (frame: ServerFrame) => void): (() => void) => this.frameListeners.add(listener);

  /** Connect now, unless a connection is open or opening: the first connect, and Retry. */
  connect(): void {
    const { state } = this.current;
    if (state !== SocketState.Connecting && state !== SocketState.Open) this.startAttempt();
  }

  /**
   * The network or page is back: waiting or suspended tries now, closed by `disconnect()`
   * reopens, open is checked for life. A terminal close stays closed until `connect()` (Retry).
   */
  wake(): void {
    const status = this.current;
    if (status.state === SocketState.Open) this.heartbeat.alive();
    else if (status.state === SocketState.Waiting || status.state === SocketState.Suspended) this.startAttempt();
    else if (status.state === SocketState.Closed && status.problem === null) this.startAttempt();
  }

  /** Close on purpose (code 1000): no reconnect until `connect()` or `wake()`. */
  disconnect(reason = 'Manual disconnect'): void {
    this.endLink(1000, reason);
    this.apply({ type: 'disconnect' });
  }

  /**
   * Offline or hidden: spend no attempts (a pending retry is parked). An open link is kept.
   * Resuming starts an attempt at once if one was parked.
   */
  setSuspended(suspended: boolean): void {
    if (this.suspended === suspended) return;
    this.suspended = suspended;
    if (suspended && this.current.state === SocketState.Waiting) {
      this.timers.clear('reconnect');
      this.apply({ type: 'suspend' });
    } else if (!suspended && this.current.state === SocketState.Suspended) {
      this.startAttempt();
    }
  }

  /** Sends `auth` again (the visitor secret became known): on a link already open, even before `auth_success`. */
  reauth(): void {
    if (this.slot.holds(true)) this.link?.reauth();
  }

  /** The page refused this socket (its CSP): stop for good; each retry would add a violation report. */
  block(): void {
    this.options.logger.warn('the page blocks the WebSocket: over REST');
    this.endLink(1000, 'Blocked');
    this.apply({ type: 'stopped', problem: ConnectionProblem.Blocked });
  }

  /** Sends a frame if the connection is open and alive; false means it was not sent. */
  send(frame: ClientFrame): boolean {
    if (this.current.state !== SocketState.Open || !this.slot.holds() || !this.heartbeat.alive()) return false;
    this.link?.send(frame);
    return true;
  }

  private startAttempt(): void {
    this.endLink(1000, 'Replaced');
    [this.openedBy, this.acknowledgement] = [null, null];
    this.apply({ type: 'attempt' });
    const { logger } = this.options;
    const url = this.options.url();
    logger.debug(`connecting (attempt ${this.current.attempt})`, url);
    // A page that refused the socket once refuses it again (a tab that takes the connection over).
    const ws = this.options.blocked?.() ? null : openWebSocket(this.options.WebSocket, url, logger);
    if (!ws) return this.apply({ type: 'stopped', problem: ConnectionProblem.Blocked });
    this.slot.fill(ws, {
      open: () => this.handleOpen(),
      message: (data) => this.handleMessage(data),
      close: (code, reason) => this.handleClose(code, reason),
    });
    this.timers.set('handshake', this.options.openTimeoutMs, () =>
      this.failLink(ConnectionProblem.Unreachable, 'no open event'),
    );
  }

  /**
   * The link is up: speak the dialect set or remembered; with neither, half a second's silence means
   * `guide` (GREETING_WAIT_MS).
   */
  private handleOpen(): void {
    const known = knownDialect(this.options.dialect);
    if (known) this.speak(known);
    else this.timers.set('handshake', GREETING_WAIT_MS, () => this.speak(Dialect.Guide));
  }

  private handleMessage(payload: unknown): void {
    this.heartbeat.heard();
    // Before a dialect is chosen, only a greeting is expected: it says the platform is a realtime one.
    if (!this.link) this.speak(Dialect.Realtime);
    this.link?.message(payload);
  }

  /** Speaks `dialect` on this link from now on. */
  private speak(dialect: Dialect): void {
    this.timers.clear('handshake'); // the waits for `open` and a greeting are over: the link's own deadlines count now
    this.dialect = dialect;
    const { scheduler, logger } = this.options;
    const host: LinkHost = {
      write: (frame) => this.slot.write(frame),
      opened: (ack, by) => this.opened(ack, by),
      frame: (frame) => this.frameListeners.emit(frame),
      dropped: (reason) => {
        logger.warn(`dropped a frame: ${reason}`);
        this.apply({ type: 'frame-dropped' });
      },
      ponged: () => this.heartbeat.ponged(),
      timer: (ms, run) => this.timers.set('handshake', ms, run),
      failLink: (reason) => this.failLink(ConnectionProblem.Unreachable, reason),
      log: (text) => logger.warn(text),
      now: scheduler.now,
    };
    const { dialect: choice, authData, authGraceMs: graceMs } = this.options;
    const retryAfter = (ms: number) => this.waits.ask(ms);
    // A platform that greets a link speaking `guide` (remembered from an earlier visit) speaks realtime now.
    const greeted = (greeting: unknown) => (this.speak(Dialect.Realtime), this.link?.message(greeting));
    const generation = this.slot.generation();
    const current = () => generation === this.slot.generation();
    this.link = createLink(dialect, host, { choice, authData, graceMs, retryAfter, greeted, current });
  }

  /** The link counts as open: acknowledged (`data`), or taken as such (`by` frame or grace). */
  private opened(data: AuthSuccess | null, by: OpenedBy): void {
    if (this.current.state !== SocketState.Connecting || !this.dialect) return;
    [this.acknowledgement, this.openedBy] = [data, by];
    this.timers.clear('handshake');
    this.options.logger.debug(by === 'auth_success' ? 'open (auth acknowledged)' : `open (${this.dialect}, ${by})`);
    if (this.options.dialect?.setting === 'auto') this.options.dialect.remember(this.dialect);
    this.apply({ type: 'authenticated', dialect: this.dialect });
    this.timers.set('stable', this.options.stableAfterMs, () => {
      this.waits.reset();
      this.apply({ type: 'stable' });
    });
    this.heartbeat.start(by === 'auth_success');
  }

  private handleClose(code: number, reason: string): void {
    const table = this.link?.closeCodes;
    this.link?.closed?.(code);
    this.endLink();
    const plan = this.waits.afterClose(code, reason, table);
    this.options.logger.debug(`closed ${code} ${reason}: ${plan.stop ? 'stop' : `retry in ${plan.delayMs} ms`}`);
    if (plan.stop) this.apply({ type: 'stopped', problem: plan.problem, closeCode: code });
    else this.reconnectAfter(plan.delayMs, plan.problem, code);
  }

  /** Our own judgement that the link is dead: drop it and reconnect as after any loss. */
  private failLink(problem: ConnectionProblem, reason: string): void {
    this.endLink(CLIENT_TIMEOUT_CLOSE, reason);
    this.reconnectAfter(this.waits.afterFailure(), problem);
  }

  private reconnectAfter(delayMs: number, problem: ConnectionProblem, closeCode?: number): void {
    const now = this.options.scheduler.now();
    this.apply({ type: 'lost', problem, closeCode, delayMs, now, suspended: this.suspended });
    if (!this.suspended) this.timers.set('reconnect', delayMs, () => this.startAttempt());
  }

  /**
   * Ends the current link. Its WebSocket is closed with `code`, or only forgotten where it closed
   * itself (no code): either way, its late events are ignored from here on.
   */
  private endLink(code?: number, reason = ''): void {
    this.slot.empty(code, reason);
    this.dialect = null;
    this.link = null;
    this.timers.clearAll();
  }

  private apply(event: SocketEvent): void {
    const status = next(this.current, event);
    if (status === this.current) return;
    this.current = status;
    this.statusListeners.emit(status);
  }
}
