/**
 * An open link's heartbeat: a `ping` every interval, and the link judged by the wall clock
 * (timers in hidden tabs are throttled): no inbound frame for longer than the interval plus the
 * pong timeout means dead, and the socket replaces a dead link.
 *
 * Only against a platform known to answer `ping`: one that speaks our protocol (it acknowledged
 * `auth`), or any once it sent a `pong`. The integration guide's client never judges its link,
 * so a platform that does not acknowledge `auth` may never send `pong` either: there, silence is
 * not taken for death (else it would be redialled every 35 s), and the browser's own close still
 * ends a dead link.
 */
import type { Logger } from '../log/logger.js';
import type { Scheduler } from '../ports/ports.js';
import type { NamedTimers } from './named-timers.js';
import type { SocketTimer } from './socket-options.js';

export interface HeartbeatOptions {
  scheduler: Scheduler;
  timers: NamedTimers<SocketTimer>;
  intervalMs: number;
  timeoutMs: number;
  logger: Logger;
  /** Sends a frame on the current link. */
  send: (frame: { type: 'ping'; timestamp: number }) => void;
  /** The link is dead (`reason` for the log and the close). */
  dead: (reason: string) => void;
}

export interface Heartbeat {
  /** A frame arrived: the link is alive now. */
  heard(): void;
  /** A `pong` arrived: the platform keeps the heartbeat. */
  ponged(): void;
  /** Whether the link is alive; a dead one is reported (and so replaced). */
  alive(): boolean;
  /**
   * Pings the open link every interval (the socket clears the timers when the link goes).
   * `speaksProtocol`: the platform acknowledged `auth`, so it answers `ping` too.
   */
  start(speaksProtocol: boolean): void;
}

export function heartbeat(options: HeartbeatOptions): Heartbeat {
  const { scheduler, timers, intervalMs, timeoutMs, logger, dead } = options;
  let lastInboundAt = 0;
  /** The platform answered a `ping` once: from then on, silence means a dead link. */
  let platformPongs = false;
  const alive = (): boolean => {
    const silentFor = scheduler.now() - lastInboundAt;
    if (!platformPongs || silentFor <= intervalMs + timeoutMs) return true;
    logger.warn(`silent for ${silentFor} ms: dead`);
    dead('heartbeat timeout');
    return false;
  };
  const start = (speaksProtocol: boolean): void => {
    if (speaksProtocol) platformPongs = true;
    timers.set('ping', intervalMs, () => {
      if (!alive()) return;
      const sentAt = scheduler.now();
      options.send({ type: 'ping', timestamp: sentAt });
      timers.set('pong', timeoutMs, () => {
        if (lastInboundAt >= sentAt) return;
        if (platformPongs) dead('no pong');
        else logger.warn('no pong: silence is not judged');
      });
      start(false);
    });
  };
  return {
    heard: () => void (lastInboundAt = scheduler.now()),
    ponged: () => {
      platformPongs = true;
      timers.clear('pong');
    },
    alive,
    start,
  };
}
