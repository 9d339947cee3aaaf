import { html } from 'lit';
import type { ChatConfig } from '../config/config.js';
import type { DiagnosticsResult } from '../diagnostics/connection-test.js';

export interface DiagnosticsModel {
  config: ChatConfig;
  result: DiagnosticsResult;
  storageMode: string;
  storageNote: string | null;
  droppedFrames: number;
  sessionId: string;
}

/** The guide's ConnectionTest, inside the widget, when `debug` is set. */
export function diagnosticsView(model: DiagnosticsModel, onRetest: () => void) {
  const { api, ws } = model.result;
  const testing = api.status === 'testing' || ws.status === 'testing';
  return html`<section class="diagnostics" aria-label="Connection diagnostics" tabindex="0">
    <h3>
      <span>🔧 MIPTech Connection Test</span>
      <button class="button" type="button" @click=${onRetest} ?disabled=${testing}>🔄 Retest</button>
    </h3>
    <dl>
      <dt>API</dt>
      <dd class="api-status ${api.status}">${api.status}${api.error ? ` — ${api.error}` : ''}</dd>
      <dt>WebSocket</dt>
      <dd class="ws-status ${ws.status}">${ws.status}${ws.error ? ` — ${ws.error}` : ''}</dd>
      <dt>api-url</dt>
      <dd>${model.config.apiUrl}</dd>
      <dt>ws-url</dt>
      <dd>${model.config.wsUrl}</dd>
      <dt>tenant</dt>
      <dd>${model.config.tenantId}</dd>
      <dt>session</dt>
      <dd>${model.sessionId}</dd>
      <dt>storage</dt>
      <dd>${model.storageMode}${model.storageNote ? ` (${model.storageNote})` : ''}</dd>
      <dt>dropped frames</dt>
      <dd>${model.droppedFrames}</dd>
    </dl>
    <pre class="raw">${JSON.stringify(model.result, null, 2)}</pre>
  </section>`;
}
