/** Runs the connection test for the `debug` view and keeps its latest result. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nanoid } from 'nanoid';
import { ApiClient } from '../api/api-client.js';
import type { ChatConfig } from '../config/config.js';
import {
  IDLE_DIAGNOSTICS,
  ProbeStatus,
  probeApi,
  probeSocket,
  type DiagnosticsResult,
} from '../diagnostics/connection-test.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPlatform } from '../platform/browser-platform.js';

export class DiagnosticsController implements ReactiveController {
  result: DiagnosticsResult = IDLE_DIAGNOSTICS;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly platform: () => BrowserPlatform,
    private readonly logger: Logger,
  ) {
    host.addController(this);
  }

  get ran(): boolean {
    return this.result !== IDLE_DIAGNOSTICS;
  }

  /** API first, then the socket, as the guide's ConnectionTest does. */
  async test(config: ChatConfig): Promise<DiagnosticsResult> {
    const run = ++this.run;
    const platform = this.platform();
    const set = (result: DiagnosticsResult) => {
      if (run !== this.run) return;
      this.result = result;
      this.host.requestUpdate();
    };
    set({ api: { status: ProbeStatus.Testing }, ws: { status: ProbeStatus.Testing } });
    const api = new ApiClient({ apiUrl: config.apiUrl, tenantId: config.tenantId, fetch: platform.fetch, logger: this.logger, retries: 0 });
    const apiResult = await probeApi(api, platform.scheduler.now);
    set({ api: apiResult, ws: { status: ProbeStatus.Testing } });
    const sessionId = `diagnostics-${nanoid(8)}`;
    const page = platform.page();
    const query = new URLSearchParams({ tenant_id: config.tenantId, session_id: sessionId });
    const wsResult = await probeSocket({
      WebSocket: platform.WebSocket,
      socketUrl: `${config.wsUrl}/api/v1/ws/chat?${query}`,
      authData: { tenant_id: config.tenantId, session_id: sessionId, user_agent: page.userAgent, page_url: page.url },
      scheduler: platform.scheduler,
    });
    const result = { api: apiResult, ws: wsResult };
    set(result);
    this.logger.debug('diagnostics', result);
    return result;
  }

  hostDisconnected(): void {
    this.run += 1; // results that arrive after removal are dropped
  }
}
