/** Runs the connection test for the `debug` view and keeps its latest result. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nanoid } from 'nanoid';
import { ApiClient } from '../api/api-client.js';
import type { AuthToken } from '../api/auth-token.js';
import type { ChatConfig } from '../config/config.js';
import { IDLE_DIAGNOSTICS, ProbeStatus, probeApi, probeSocket, type DiagnosticsResult } from '../diagnostics/probes.js';
import type { Logger } from '../log/logger.js';
import { pageToSend } from '../protocol/page-privacy.js';
import type { BrowserPorts } from '../ports/ports.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import { authPayload, chatSocketUrl } from '../protocol/endpoints.js';
import type { ChatState } from '../state/chat-state.js';
import type { DiagnosticsModel } from '../views/diagnostics-view.js';

export class DiagnosticsController implements ReactiveController {
  result: DiagnosticsResult = IDLE_DIAGNOSTICS;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ports: () => BrowserPorts,
    private readonly logger: Logger,
  ) {
    host.addController(this);
  }

  get ran(): boolean {
    return this.result !== IDLE_DIAGNOSTICS;
  }

  /**
   * API first, then the socket, as the ConnectionTest of docs/protocol.md does; with the site's token,
   * where it gives one.
   */
  async test(config: ChatConfig, authToken: AuthToken | null = null): Promise<DiagnosticsResult> {
    const run = ++this.run;
    const ports = this.ports();
    const set = (result: DiagnosticsResult) => {
      if (run !== this.run) return;
      this.result = result;
      this.host.requestUpdate();
    };
    set({ api: { status: ProbeStatus.Testing }, ws: { status: ProbeStatus.Testing } });
    const api = new ApiClient({
      apiUrl: config.apiUrl,
      tenantId: config.tenantId,
      fetch: ports.fetch,
      logger: this.logger,
      retries: 0,
      ...(authToken ? { authToken } : {}),
    });
    const apiResult = await probeApi(api, ports.scheduler.now);
    set({ api: apiResult, ws: { status: ProbeStatus.Testing } });
    const sessionId = `diagnostics-${nanoid(8)}`;
    const page = pageToSend(ports.page(), config.pageUrl, null);
    const wsResult = await probeSocket({
      WebSocket: ports.WebSocket,
      socketUrl: chatSocketUrl(config.wsUrl, config.tenantId, sessionId),
      authData: authPayload({
        tenantId: config.tenantId,
        sessionId,
        userAgent: page.userAgent,
        pageUrl: page.url,
        token: (await authToken?.get()) ?? null,
      }),
      scheduler: ports.scheduler,
    });
    const result = { api: apiResult, ws: wsResult };
    set(result);
    this.logger.debug('diagnostics', result);
    return result;
  }

  /** What the diagnostics view shows. */
  model(
    config: ChatConfig,
    sessionId: string,
    storage: ChatStorage | null,
    state: ChatState,
  ): Omit<DiagnosticsModel, 'token' | 'sharing'> {
    const droppedFrames = state.droppedFrames + state.connection.droppedFrames;
    return { config, result: this.result, storage, droppedFrames, sessionId, dialect: state.connection.dialect };
  }

  hostDisconnected(): void {
    this.run += 1; // results that arrive after removal are dropped
  }
}
