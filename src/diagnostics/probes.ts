/**
 * The ConnectionTest of docs/protocol.md, as plain functions: the API's health (with the /healthz
 * fallback), then a separate probe WebSocket that must be acknowledged within 5 s. Results are
 * codes; the diagnostics view words them. The probe speaks the same protocol as the session
 * (protocol/endpoints.ts, parseServerFrame).
 */
import { toFailure, type ApiFailure } from '../api/api-error.js';
import type { ApiClient } from '../api/api-client.js';
import type { Scheduler, TimerHandle, WebSocketFactory, WebSocketLike } from '../ports/ports.js';
import { decideOnClose } from '../protocol/close-codes.js';
import type { ConnectionProblem } from '../protocol/connection.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthFrame } from '../protocol/types.js';
import { SOCKET_DEFAULTS } from '../socket/socket-options.js';

export const ProbeStatus = { Idle: 'idle', Testing: 'testing', Success: 'success', Failed: 'failed' } as const;
export type ProbeStatus = (typeof ProbeStatus)[keyof typeof ProbeStatus];

export interface ApiProbe {
  status: ProbeStatus;
  endpoint?: string;
  data?: unknown;
  failure?: ApiFailure;
  ms?: number;
}

/** Why the socket probe failed: no handshake in time, no WebSocket at all, or a close (with its code). */
export type SocketProbeFailure =
  | { reason: 'no-handshake'; timeoutMs: number }
  | { reason: 'no-websocket'; detail: string }
  | { reason: 'closed'; code: number; problem: ConnectionProblem; detail: string };

export interface SocketProbe {
  status: ProbeStatus;
  failure?: SocketProbeFailure;
  ms?: number;
  /**
   * On success: false when the platform took `auth` without `auth_success` (the link stayed up through
   * the grace period).
   */
  acknowledged?: boolean;
}

export interface DiagnosticsResult {
  api: ApiProbe;
  ws: SocketProbe;
}

export const IDLE_DIAGNOSTICS: DiagnosticsResult = Object.freeze({
  api: { status: ProbeStatus.Idle },
  ws: { status: ProbeStatus.Idle },
});

export interface SocketProbeOptions {
  WebSocket: WebSocketFactory | undefined;
  /** The chat URL, with tenant_id and a session_id of the probe's own. */
  socketUrl: string;
  authData: AuthFrame['data'];
  scheduler: Scheduler;
  timeoutMs?: number;
  /**
   * After `auth`, quiet this long (no close, no error) counts as taken: as the chat socket does
   * (socket-options.ts).
   */
  graceMs?: number;
}

export async function probeApi(api: Pick<ApiClient, 'health'>, now: () => number): Promise<ApiProbe> {
  const started = now();
  try {
    const { endpoint, health } = await api.health();
    return { status: ProbeStatus.Success, endpoint, data: health, ms: now() - started };
  } catch (error) {
    return { status: ProbeStatus.Failed, failure: toFailure(error), ms: now() - started };
  }
}

/**
 * Opens a probe socket, sends `auth`, and reports whether the platform took it: `auth_success`,
 * or (`acknowledged: false`) a link that stayed up through the grace period with no error.
 */
export function probeSocket(options: SocketProbeOptions): Promise<SocketProbe> {
  const { scheduler, timeoutMs = 5000, graceMs = SOCKET_DEFAULTS.authGraceMs } = options;
  const started = scheduler.now();
  return new Promise((resolve) => {
    let ws: WebSocketLike | undefined;
    let settled = false;
    let refused = false;
    let grace: TimerHandle | null = null;
    const finish = (failure?: SocketProbeFailure, acknowledged = true) => {
      if (settled) return;
      settled = true;
      scheduler.clearTimeout(timer);
      if (grace !== null) scheduler.clearTimeout(grace);
      try {
        ws?.close(1000, 'Diagnostics done');
      } catch {
        // already closed
      }
      resolve(
        failure
          ? { status: ProbeStatus.Failed, failure, ms: scheduler.now() - started }
          : { status: ProbeStatus.Success, acknowledged, ms: scheduler.now() - started },
      );
    };
    const timer = scheduler.setTimeout(() => finish({ reason: 'no-handshake', timeoutMs }), timeoutMs);
    try {
      if (!options.WebSocket) throw new TypeError('this browser has no WebSocket');
      ws = new options.WebSocket(options.socketUrl);
    } catch (error) {
      finish({ reason: 'no-websocket', detail: (error as Error).message });
      return;
    }
    const socket = ws;
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ type: 'auth', data: options.authData } satisfies AuthFrame));
      grace = scheduler.setTimeout(() => !refused && finish(undefined, false), graceMs);
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      const parsed = parseServerFrame(event.data);
      if (parsed.ok && parsed.frame?.type === 'auth_success') finish();
      else if (parsed.ok && parsed.frame?.type === 'error') refused = true;
    });
    socket.addEventListener('close', (event: CloseEvent) =>
      finish({ reason: 'closed', code: event.code, problem: decideOnClose(event.code).problem, detail: event.reason }),
    );
  });
}
