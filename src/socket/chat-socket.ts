/**
 * The chat socket: one logical connection that survives any number of WebSockets. Open only after
 * `auth_success`; each WebSocket has a generation (an older one's events are ignored); one whose
 * `open` or `auth_success` never comes is given up; full-jitter backoff, reset only after
 * `stableAfterMs` open; a heartbeat judged by the wall clock; the close codes of close-codes.ts.
 * Status changes go through socket-status.ts's pure `next()`: this class owns the WebSocket, its
 * timers and generation.
 */
import type { WebSocketLike } from '../ports/ports.js';
import { Listeners, listen } from '../ports/listeners.js';
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthFrame, AuthSuccess, ClientFrame, ServerFrame } from '../protocol/types.js';
import { CLIENT_TIMEOUT_CLOSE, SOCKET_DEFAULTS, type ChatSocketOptions, type OpenedBy, type SocketTimer } from './socket-options.js';
import { Backoff } from './backoff.js';
import { Heartbeat } from './heartbeat.js';
import { planAfterClose } from './close-plan.js';
import { NamedTimers } from './named-timers.js';
import { INITIAL_SOCKET_STATUS, next, type SocketEvent, type SocketStatus } from './socket-status.js';

export class ChatSocket {
  private readonly options: ChatSocketOptions & Record<keyof typeof SOCKET_DEFAULTS, number>;
  private readonly backoff: Backoff;
  private readonly timers: NamedTimers<SocketTimer>;
  private readonly statusListeners = new Listeners<SocketStatus>();
  private readonly frameListeners = new Listeners<ServerFrame>();
  private ws: WebSocketLike | null = null;
  private detach: (() => void) | null = null;
  private generation = 0;
  private suspended = false;
  private readonly heartbeat: Heartbeat;
  /** A wait the platform asked for in an `error` frame, used by the 4029 close that follows. */
  private askedRetryAfterMs: number | null = null;
  private current: SocketStatus = INITIAL_SOCKET_STATUS;
  /** What the platform's `auth_success` said when this link opened (a verified visitor's chat and secret). */
  acknowledgement: AuthSuccess | null = null;
  /** How the current link came to count as open (the diagnostics say it), or null before. */
  openedBy: OpenedBy | null = null;
  /** This link's `auth`: not sent yet, sent, or answered with an `error` frame (then it is not assumed open). */
  private auth: 'unsent' | 'sent' | 'refused' = 'unsent';

  constructor(options: ChatSocketOptions) {
    this.options = { ...SOCKET_DEFAULTS, ...options };
    this.timers = new NamedTimers(options.scheduler);
    this.backoff = new Backoff({ random: options.scheduler.random, baseMs: options.backoffBaseMs, capMs: options.backoffCapMs });
    const { scheduler, logger, pingIntervalMs: intervalMs, pongTimeoutMs: timeoutMs } = this.options;
    const send = (frame: ClientFrame | { type: 'ping'; timestamp: number }) => this.ws?.send(JSON.stringify(frame));
    this.heartbeat = new Heartbeat({ scheduler, logger, timers: this.timers, intervalMs, timeoutMs, send, dead: (reason) => this.failLink(ConnectionProblem.HeartbeatTimeout, reason) });
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
    this.dropLink(1000, reason);
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
    if (this.ws?.readyState === 1) this.ws.send(JSON.stringify({ type: 'auth', data: this.options.authData() } satisfies AuthFrame));
  }

  /** The page refused this socket (its CSP): stop for good; each retry would add a violation report. */
  block(): void {
    this.options.logger.warn('the page blocks the WebSocket: over REST');
    this.dropLink(1000, 'Blocked');
    this.apply({ type: 'stopped', problem: ConnectionProblem.Blocked });
  }

  /** Sends a frame if the connection is open and alive; false means it was not sent. */
  send(frame: ClientFrame): boolean {
    if (this.current.state !== SocketState.Open || !this.ws || !this.heartbeat.alive()) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  private startAttempt(): void {
    this.dropLink(1000, 'Replaced');
    const generation = ++this.generation;
    [this.auth, this.openedBy, this.acknowledgement] = ['unsent', null, null];
    this.apply({ type: 'attempt' });
    const { logger } = this.options;
    const url = this.options.url();
    logger.debug(`connecting (attempt ${this.current.attempt})`, url);
    let ws: WebSocketLike;
    try {
      if (!this.options.WebSocket) throw new TypeError('this browser has no WebSocket');
      ws = new this.options.WebSocket(url);
    } catch (error) {
      // No WebSocket, or one the page refuses (a CSP block throws in some browsers): retrying
      // the same URL cannot help, and the chat carries on over REST.
      logger.warn('no WebSocket: over REST', error);
      this.apply({ type: 'stopped', problem: ConnectionProblem.Blocked });
      return;
    }
    const current = () => generation === this.generation;
    this.ws = ws;
    this.detach = listen(ws, {
      open: () => current() && this.handleOpen(),
      message: (event) => current() && this.handleMessage((event as MessageEvent).data),
      close: (event) => current() && this.handleClose((event as CloseEvent).code, (event as CloseEvent).reason),
    });
    this.timers.set('handshake', this.options.openTimeoutMs, () => this.failLink(ConnectionProblem.Unreachable, 'no open event'));
  }

  private handleOpen(): void {
    this.ws?.send(JSON.stringify({ type: 'auth', data: this.options.authData() } satisfies AuthFrame));
    this.auth = 'sent';
    // No close and no error through the grace period: the platform is one that does not acknowledge.
    this.timers.set('handshake', this.options.authGraceMs, () => (this.auth === 'refused' ? this.failLink(ConnectionProblem.Unreachable, 'auth refused') : this.opened(null, 'grace')));
  }

  private handleMessage(payload: unknown): void {
    this.heartbeat.heard();
    const parsed = parseServerFrame(payload);
    if (!parsed.ok) {
      this.options.logger.warn(`dropped a frame: ${parsed.reason}`);
      this.apply({ type: 'frame-dropped' });
      return;
    }
    const { frame } = parsed;
    if (!frame) return;
    if (frame.type === 'auth_success' && this.current.state !== SocketState.Open) return this.opened(frame.data, 'auth_success');
    if (frame.type === 'pong') return this.heartbeat.ponged();
    if (frame.type === 'error') {
      this.options.logger.warn(`platform error ${frame.data.code}: ${frame.data.message}`);
      if (frame.data.retry_after_ms !== undefined) this.askedRetryAfterMs = frame.data.retry_after_ms;
      if (this.current.state === SocketState.Connecting) return void (this.auth = 'refused');
    }
    // A frame of ours on a link that sent `auth` and is not open yet: the platform took it without a word.
    if (this.current.state === SocketState.Connecting && this.auth === 'sent') this.opened(null, 'frame');
    if (this.current.state !== SocketState.Open) return;
    this.frameListeners.emit(frame);
  }

  /** The link counts as open: acknowledged (`data`), or taken as such (`by` frame or grace). */
  private opened(data: AuthSuccess | null, by: OpenedBy): void {
    if (this.current.state !== SocketState.Connecting) return;
    [this.acknowledgement, this.openedBy] = [data, by];
    this.timers.clear('handshake');
    this.options.logger.debug(by === 'auth_success' ? 'open (auth acknowledged)' : `open: the platform did not acknowledge auth (${by})`);
    this.apply({ type: 'authenticated' });
    this.timers.set('stable', this.options.stableAfterMs, () => {
      this.backoff.reset();
      this.apply({ type: 'stable' });
    });
    this.heartbeat.start(by === 'auth_success');
  }

  private handleClose(code: number, reason: string): void {
    this.forgetLink();
    const { serverErrorFloorMs } = this.options;
    const plan = planAfterClose(code, reason, { backoff: (floor) => this.backoff.next(floor), serverErrorFloorMs, askedRetryAfterMs: this.askedRetryAfterMs });
    this.askedRetryAfterMs = null;
    this.options.logger.debug(`closed ${code} ${reason}: ${plan.stop ? 'stop' : `retry in ${plan.delayMs} ms`}`);
    if (plan.stop) this.apply({ type: 'stopped', problem: plan.problem, closeCode: code });
    else this.reconnectAfter(plan.delayMs, plan.problem, code);
  }

  /** Our own judgement that the link is dead: drop it and reconnect as after any loss. */
  private failLink(problem: ConnectionProblem, reason: string): void {
    this.dropLink(CLIENT_TIMEOUT_CLOSE, reason);
    this.reconnectAfter(this.backoff.next(), problem);
  }

  private reconnectAfter(delayMs: number, problem: ConnectionProblem, closeCode?: number): void {
    const now = this.options.scheduler.now();
    this.apply({ type: 'lost', problem, closeCode, delayMs, now, suspended: this.suspended });
    if (!this.suspended) this.timers.set('reconnect', delayMs, () => this.startAttempt());
  }

  /** Forgets the current WebSocket (its late events are ignored from here on) and closes it. */
  private dropLink(code: number, reason: string): void {
    const ws = this.ws;
    this.forgetLink();
    if (ws && ws.readyState < 2) {
      try {
        ws.close(code, reason);
      } catch {
        // Already closing, or a code the browser refuses: the link is forgotten either way.
      }
    }
  }

  private forgetLink(): void {
    this.generation += 1;
    this.detach?.();
    this.detach = null;
    this.ws = null;
    this.timers.clearAll();
  }

  private apply(event: SocketEvent): void {
    const status = next(this.current, event);
    if (status === this.current) return;
    this.current = status;
    this.statusListeners.emit(status);
  }
}
