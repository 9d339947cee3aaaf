/**
 * The guide's ConnectionTest, as a plain class: the API's health (with the /healthz
 * fallback), then a separate probe WebSocket that must be acknowledged within 5 s.
 */
import { ApiError, describeApiError } from '../api/api-error.js';
import type { ApiClient } from '../api/api-client.js';
import type { WebSocketFactory } from '../socket/chat-socket.js';
import type { Scheduler } from '../socket/scheduler.js';

export const ProbeStatus = { Idle: 'idle', Testing: 'testing', Success: 'success', Failed: 'failed' } as const;
export type ProbeStatus = (typeof ProbeStatus)[keyof typeof ProbeStatus];

export interface ApiProbe {
  status: ProbeStatus;
  endpoint?: string;
  data?: unknown;
  error?: string;
  ms?: number;
}

export interface SocketProbe {
  status: ProbeStatus;
  code?: number;
  error?: string;
  ms?: number;
}

export interface DiagnosticsResult {
  api: ApiProbe;
  ws: SocketProbe;
}

export const IDLE_DIAGNOSTICS: DiagnosticsResult = Object.freeze({
  api: { status: ProbeStatus.Idle },
  ws: { status: ProbeStatus.Idle },
});

export interface ConnectionTestOptions {
  WebSocket: WebSocketFactory;
  /** The chat URL, with tenant_id and a session_id of the probe's own. */
  socketUrl: string;
  authData: Record<string, unknown>;
  scheduler: Scheduler;
  timeoutMs?: number;
}

export async function probeApi(api: Pick<ApiClient, 'health'>, now: () => number): Promise<ApiProbe> {
  const started = now();
  try {
    const { endpoint, health } = await api.health();
    return { status: ProbeStatus.Success, endpoint, data: health, ms: now() - started };
  } catch (error) {
    const message = error instanceof ApiError ? `${describeApiError(error)} [${error.message}]` : String(error);
    return { status: ProbeStatus.Failed, error: message, ms: now() - started };
  }
}

/** Opens a probe socket, sends `auth`, and reports whether `auth_success` came in time. */
export function probeSocket(options: ConnectionTestOptions): Promise<SocketProbe> {
  const { scheduler, timeoutMs = 5000 } = options;
  const started = scheduler.now();
  return new Promise((resolve) => {
    let ws: InstanceType<WebSocketFactory>;
    let settled = false;
    const finish = (result: SocketProbe) => {
      if (settled) return;
      settled = true;
      scheduler.clearTimeout(timer);
      try {
        ws?.close(1000, 'Diagnostics done');
      } catch {
        // already closed
      }
      resolve({ ...result, ms: scheduler.now() - started });
    };
    const timer = scheduler.setTimeout(
      () => finish({ status: ProbeStatus.Failed, error: `Connection timeout: no auth_success within ${timeoutMs / 1000} s` }),
      timeoutMs,
    );
    try {
      ws = new options.WebSocket(options.socketUrl);
    } catch (error) {
      finish({ status: ProbeStatus.Failed, error: `Could not open a WebSocket: ${(error as Error).message}` });
      return;
    }
    ws.addEventListener('open', () => ws.send(JSON.stringify({ type: 'auth', data: options.authData })));
    ws.addEventListener('message', (event: MessageEvent) => {
      try {
        if (JSON.parse(String(event.data))?.type === 'auth_success') finish({ status: ProbeStatus.Success });
      } catch {
        // not JSON: keep waiting for the handshake
      }
    });
    ws.addEventListener('close', (event: CloseEvent) => finish({ status: ProbeStatus.Failed, code: event.code, error: explainProbeClose(event.code, event.reason) }));
  });
}

export function explainProbeClose(code: number, reason: string): string {
  const why = reason ? `: ${reason}` : '';
  if (code === 1011) return `Server configuration error (1011): the platform failed while setting up the chat${why}`;
  if (code === 4003) return `Tenant unknown or origin refused (4003)${why}`;
  if (code === 4001) return `Authentication failed (4001)${why}`;
  if (code === 1006) return 'Closed without a handshake (1006): the server is unreachable or refused the upgrade';
  return `Closed with code ${code}${why}`;
}
