/**
 * The site owner's chunk: the `debug` view (the connection test and what shows it), a broken
 * configuration explained, and the words for both in every language. Only a page that sets
 * `debug` or has an attribute wrong downloads it; visitors of a working site never do.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { AuthToken } from '../api/auth-token.js';
import type { ChatConfig, ConfigResult } from '../config/config.js';
import { DiagnosticsController } from '../controllers/diagnostics-controller.js';
import type { WordsPart } from '../controllers/locale-controller.js';
import { EVENTS, emit } from '../events.js';
import { enOwner } from '../i18n/en-owner.js';
import { loadOwnerWords } from '../i18n/load-owner-words.js';
import type { Term } from '../i18n/term.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPorts } from '../ports/ports.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ConnectionSharing } from '../socket/tab-relay.js';
import type { ChatState } from '../state/chat-state.js';
import { configProblemsText } from '../views/describe-config.js';
import { diagnosticsView } from '../views/diagnostics-view.js';

export { configErrorView } from '../views/describe-config.js';
/** The `debug` view's styles: adopted when this chunk arrives (visitors never download them). */
export { diagnosticsStyles as ownerStyles } from '../styles/diagnostics.styles.js';

/** The owner's words: English, and the way to each shipped language's. */
export const ownerWords: WordsPart = { en: enOwner, load: loadOwnerWords };

/**
 * Attributes that cannot be used: `miptech-error` (kind `config`) and the same words on the
 * console, whether the chat cannot start or goes on with a default.
 */
export function reportConfig(host: HTMLElement, t: Term, result: ConfigResult): void {
  const problems = result.ok ? result.warnings : result.problems;
  if (!problems.length) return;
  const message = configProblemsText(t, problems);
  console.warn(`[miptech-chat] ${result.ok ? 'defaults used for' : 'cannot start:'} ${message}`);
  emit(host, EVENTS.error, { kind: 'config', message, problems });
}

export class DebugPanel {
  private readonly diagnostics: DiagnosticsController;

  constructor(host: ReactiveControllerHost, ports: () => BrowserPorts, logger: Logger) {
    this.diagnostics = new DiagnosticsController(host, ports, logger);
  }

  /** The panel shows: test the connection, the first time or when asked again. */
  shown(config: ChatConfig, retest: boolean, token: AuthToken | null): void {
    if (retest || !this.diagnostics.ran) void this.diagnostics.test(config, token);
  }

  view(
    t: Term,
    config: ChatConfig,
    sessionId: string,
    storage: ChatStorage | null,
    state: ChatState,
    onRetest: () => void,
    token: AuthToken | null,
    sharing: ConnectionSharing | null,
  ): TemplateResult {
    return diagnosticsView(
      t,
      {
        ...this.diagnostics.model(config, sessionId, storage, state),
        token: token?.wanted ? (token.masked ?? '…') : null,
        sharing,
      },
      onRetest,
    );
  }
}
