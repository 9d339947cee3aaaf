/**
 * The `debug` view as a chunk of its own: the connection test and what shows it. Only a page that
 * sets `debug` (a site developer) downloads it; visitors never do.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { ChatConfig } from '../config/config.js';
import { DiagnosticsController } from '../controllers/diagnostics-controller.js';
import type { Term } from '../i18n/term.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPorts } from '../ports/ports.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ChatState } from '../state/chat-state.js';
import { diagnosticsView } from '../views/diagnostics-view.js';

export class DebugPanel {
  private readonly diagnostics: DiagnosticsController;

  constructor(host: ReactiveControllerHost, ports: () => BrowserPorts, logger: Logger) {
    this.diagnostics = new DiagnosticsController(host, ports, logger);
  }

  /** The panel shows: test the connection, the first time or when asked again. */
  shown(config: ChatConfig, retest: boolean): void {
    if (retest || !this.diagnostics.ran) void this.diagnostics.test(config);
  }

  view(t: Term, config: ChatConfig, sessionId: string, storage: ChatStorage | null, state: ChatState, onRetest: () => void): TemplateResult {
    return diagnosticsView(t, this.diagnostics.model(config, sessionId, storage, state), onRetest);
  }
}
