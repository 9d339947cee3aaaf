/**
 * The chat socket: one logical connection to the platform that survives any number of
 * WebSockets. Plain class: WebSocket, timers, clock and random are injected.
 *
 * - open only after `auth_success`, never on the raw `open` event;
 * - every WebSocket gets a generation; events of an older one are ignored and its
 *   listeners detached;
 * - backoff with full jitter, reset only after a connection stayed open `stableAfterMs`;
 * - heartbeat: a ping every `pingIntervalMs`; no inbound frame within `pongTimeoutMs` of a
 *   ping, or none for longer than interval + timeout by the wall clock, means the link is dead;
 * - the close-code policy of close-policy.ts.
 */
import type { Logger } from '../log/logger.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthFrame, ClientFrame, ServerFrame } from '../protocol/types.js';
import { Backoff } from './backoff.js';
import { CloseAction, ConnectionProblem, decideOnClose } from './close-policy.js';
import type { Scheduler, TimerHandle } from './scheduler.js';
import { INITIAL_SOCKET_STATUS, SocketState, type SocketStatus } from './socket-state.js';

export type WebSocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState' | 'addEventListener' | 'removeEventListener'>;
export type WebSocketFactory = new (url: string) => WebSocketLike;

export interface ChatSocketOptions {
  url: string;
  /** Built fresh for every connection, so `chat_id` and `last_seq` are current. */
  authData: () => AuthFrame['data'];
  WebSocket: WebSocketFactory;
  scheduler: Scheduler;
  logger: Logger;
  pingIntervalMs?: number;
  pongTimeoutMs?: number;
  authTimeoutMs?: number;
  stableAfterMs?: number;
  /** The shortest wait after a 1011: a platform that accepts and fails at once gets slow retries. */
  serverErrorFloorMs?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

export const SOCKET_DEFAULTS = {
  pingIntervalMs: 25_000,
  pongTimeoutMs: 10_000,
  authTimeoutMs: 10_000,
  stableAfterMs: 5_000,
  serverErrorFloorMs: 2_000,
} as const;

/** A code of our own for links we judged dead (browsers allow 1000 and 3000–4999 in close()). */
export const CLIENT_TIMEOUT_CLOSE = 4000;

type Timer = 'reconnect' | 'auth' | 'ping' | 'pong' | 'stable';

export class ChatSocket {
  private readonly options: ChatSocketOptions & Record<keyof typeof SOCKET_DEFAULTS, number>;
  private readonly backoff: Backoff;
  private readonly timers = new Map<Timer, TimerHandle>();
  private readonly statusListeners = new Set<(status: SocketStatus) => void>();
  private readonly frameListeners = new Set<(frame: ServerFrame) => void>();
  private ws: WebSocketLike | null = null;
  private detach: (() => void) | null = null;
  private generation = 0;
  private suspended = false;
  private lastInboundAt = 0;
  private retryAfterMs: number | null = null;
  private current: SocketStatus = INITIAL_SOCKET_STATUS;

  constructor(options: ChatSocketOptions) {
    this.options = { ...SOCKET_DEFAULTS, ...options };
    this.backoff = new Backoff({
      random: options.scheduler.random,
      baseMs: options.backoffBaseMs,
      capMs: options.backoffCapMs,
    });
  }

  get status(): SocketStatus {
    return this.current;
  }

  /** Called with the new status after every change; returns an unsubscribe function. */
  onStatus(listener: (status: SocketStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Called with every valid frame other than the handshake and heartbeat. */
  onFrame(listener: (frame: ServerFrame) => void): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** Connect now, unless a connection is already open or opening. Also the manual "retry". */
  connect(): void {
    const { state } = this.current;
    if (state === SocketState.Connecting || state === SocketState.Open) return;
    this.startAttempt();
  }

  /**
   * Something says the network is back (online, page shown again, a Retry click): a waiting
   * or suspended socket tries now instead of at the end of its backoff; an open one is
   * checked for life by the wall clock.
   */
  reconnectNow(): void {
    const { state } = this.current;
    if (state === SocketState.Open) this.checkAlive();
    else if (state === SocketState.Waiting || state === SocketState.Suspended) this.startAttempt();
    // Closed by leave() (no problem): reopen. Closed by a terminal code: only Retry reopens.
    else if (state === SocketState.Closed && this.current.problem === null) this.startAttempt();
  }

  /** Close on purpose (code 1000): no reconnect until `connect()` is called again. */
  disconnect(reason = 'Manual disconnect'): void {
    this.dropLink(1000, reason);
    this.clearAllTimers();
    this.update({ state: SocketState.Closed, nextDelayMs: null, nextAttemptAt: null, problem: null });
  }

  /**
   * Offline or hidden: spend no attempts (a pending retry is parked). An open link is kept.
   * Resuming starts an attempt at once if one was parked.
   */
  setSuspended(suspended: boolean): void {
    if (this.suspended === suspended) return;
    this.suspended = suspended;
    const { state } = this.current;
    if (suspended && state === SocketState.Waiting) {
      this.clearTimer('reconnect');
      this.update({ state: SocketState.Suspended, nextDelayMs: null, nextAttemptAt: null });
    } else if (!suspended && state === SocketState.Suspended) {
      this.startAttempt();
    }
  }

  /** Sends a frame if the connection is open and alive; false means it was not sent. */
  send(frame: ClientFrame): boolean {
    if (this.current.state !== SocketState.Open || !this.ws || !this.checkAlive()) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /**
   * Judges the link by the wall clock (timers in hidden tabs are throttled): no inbound frame
   * for longer than ping interval + timeout means dead, and a dead link is replaced.
   */
  checkAlive(): boolean {
    if (this.current.state !== SocketState.Open) return false;
    const silentFor = this.options.scheduler.now() - this.lastInboundAt;
    if (silentFor <= this.options.pingIntervalMs + this.options.pongTimeoutMs) return true;
    this.options.logger.warn(`no frame for ${silentFor} ms: the link is dead`);
    this.failLink(ConnectionProblem.HeartbeatTimeout, 'heartbeat timeout');
    return false;
  }

  private startAttempt(): void {
    this.dropLink(1000, 'Replaced');
    this.clearAllTimers();
    const generation = ++this.generation;
    this.update({ state: SocketState.Connecting, attempt: this.current.attempt + 1, nextDelayMs: null, nextAttemptAt: null });
    const { logger, url } = this.options;
    logger.debug(`connecting (attempt ${this.current.attempt})`, url);
    let ws: WebSocketLike;
    try {
      ws = new this.options.WebSocket(url);
    } catch (error) {
      // A URL the browser refuses or a CSP block: retrying the same URL cannot help.
      logger.error('could not create a WebSocket', error);
      this.update({ state: SocketState.Closed, problem: ConnectionProblem.Unreachable });
      return;
    }
    const onOpen = () => generation === this.generation && this.handleOpen();
    const onMessage = (event: MessageEvent) => generation === this.generation && this.handleMessage(event.data);
    const onClose = (event: CloseEvent) => generation === this.generation && this.handleClose(event.code, event.reason);
    ws.addEventListener('open', onOpen);
    ws.addEventListener('message', onMessage);
    ws.addEventListener('close', onClose);
    this.ws = ws;
    this.detach = () => {
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('message', onMessage);
      ws.removeEventListener('close', onClose);
    };
  }

  private handleOpen(): void {
    this.ws?.send(JSON.stringify({ type: 'auth', data: this.options.authData() } satisfies AuthFrame));
    this.setTimer('auth', this.options.authTimeoutMs, () => this.failLink(ConnectionProblem.Unreachable, 'auth timeout'));
  }

  private handleMessage(payload: unknown): void {
    this.lastInboundAt = this.options.scheduler.now();
    const parsed = parseServerFrame(payload);
    if (!parsed.ok) {
      this.options.logger.warn(`dropped a frame: ${parsed.reason}`);
      this.update({ droppedFrames: this.current.droppedFrames + 1 });
      return;
    }
    const { frame } = parsed;
    if (!frame) return;
    if (frame.type === 'auth_success') return this.handleAuthSuccess();
    if (frame.type === 'pong') return this.clearTimer('pong');
    if (frame.type === 'error' && typeof frame.data.retry_after_ms === 'number') {
      this.retryAfterMs = frame.data.retry_after_ms;
    }
    // Frames before auth_success are not trusted to be ours yet.
    if (this.current.state !== SocketState.Open) return;
    for (const listener of [...this.frameListeners]) listener(frame);
  }

  private handleAuthSuccess(): void {
    if (this.current.state === SocketState.Open) return;
    this.clearTimer('auth');
    this.options.logger.debug('open (auth acknowledged)');
    this.update({ state: SocketState.Open, problem: null, nextDelayMs: null, nextAttemptAt: null });
    this.setTimer('stable', this.options.stableAfterMs, () => {
      this.backoff.reset();
      this.update({ attempt: 0 });
    });
    this.schedulePing();
  }

  private schedulePing(): void {
    this.setTimer('ping', this.options.pingIntervalMs, () => {
      if (!this.checkAlive()) return;
      const sentAt = this.options.scheduler.now();
      this.ws?.send(JSON.stringify({ type: 'ping', timestamp: sentAt }));
      this.setTimer('pong', this.options.pongTimeoutMs, () => {
        if (this.lastInboundAt < sentAt) this.failLink(ConnectionProblem.HeartbeatTimeout, 'no pong');
      });
      this.schedulePing();
    });
  }

  private handleClose(code: number, reason: string): void {
    this.detachLink();
    this.clearAllTimers();
    const decision = decideOnClose(code, false);
    this.options.logger.debug(`closed ${code} ${reason}: ${decision.action}`);
    this.update({ lastCloseCode: code, problem: decision.problem });
    switch (decision.action) {
      case CloseAction.Stop:
      case CloseAction.RecreateChat:
        this.update({ state: SocketState.Closed, nextDelayMs: null, nextAttemptAt: null });
        return;
      case CloseAction.ReconnectSlowly:
        return this.scheduleReconnect(this.backoff.next(this.options.serverErrorFloorMs));
      case CloseAction.ReconnectAfter: {
        const asked = this.retryAfterMs ?? parseRetryAfter(reason) ?? 0;
        this.retryAfterMs = null;
        return this.scheduleReconnect(Math.max(asked, this.backoff.next()));
      }
      default:
        return this.scheduleReconnect(this.backoff.next());
    }
  }

  /** Our own judgement that the link is dead: drop it and reconnect as after any loss. */
  private failLink(problem: ConnectionProblem, reason: string): void {
    this.dropLink(CLIENT_TIMEOUT_CLOSE, reason);
    this.clearAllTimers();
    this.update({ problem });
    this.scheduleReconnect(this.backoff.next());
  }

  private scheduleReconnect(delayMs: number): void {
    if (this.suspended) {
      this.update({ state: SocketState.Suspended, nextDelayMs: null, nextAttemptAt: null });
      return;
    }
    const nextAttemptAt = this.options.scheduler.now() + delayMs;
    this.update({ state: SocketState.Waiting, nextDelayMs: delayMs, nextAttemptAt });
    this.setTimer('reconnect', delayMs, () => this.startAttempt());
  }

  /** Forgets the current WebSocket: its late events are ignored from here on. */
  private dropLink(code: number, reason: string): void {
    const ws = this.ws;
    this.generation += 1;
    this.detachLink();
    if (ws && ws.readyState < 2) {
      try {
        ws.close(code, reason);
      } catch {
        // Already closing, or a code the browser refuses: the link is forgotten either way.
      }
    }
  }

  private detachLink(): void {
    this.detach?.();
    this.detach = null;
    this.ws = null;
  }

  private setTimer(name: Timer, ms: number, run: () => void): void {
    this.clearTimer(name);
    const handle = this.options.scheduler.setTimeout(() => {
      this.timers.delete(name);
      run();
    }, ms);
    this.timers.set(name, handle);
  }

  private clearTimer(name: Timer): void {
    const handle = this.timers.get(name);
    if (handle === undefined) return;
    this.options.scheduler.clearTimeout(handle);
    this.timers.delete(name);
  }

  private clearAllTimers(): void {
    for (const name of [...this.timers.keys()]) this.clearTimer(name);
  }

  private update(patch: Partial<SocketStatus>): void {
    const next = { ...this.current, ...patch };
    const changed = (Object.keys(patch) as (keyof SocketStatus)[]).some((k) => next[k] !== this.current[k]);
    if (!changed) return;
    this.current = Object.freeze(next);
    for (const listener of [...this.statusListeners]) listener(this.current);
  }
}

/** `retry_after_ms=1500` (or a bare number) in a 4029 close reason. */
export function parseRetryAfter(reason: string): number | null {
  const match = /(?:retry_after_ms\s*[=:]\s*)?(\d{1,9})/.exec(reason ?? '');
  return match ? Number(match[1]) : null;
}
