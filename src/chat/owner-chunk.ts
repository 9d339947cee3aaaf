/**
 * The site owner's chunk (chat/debug.ts): the `debug` view and a broken configuration
 * explained, with their words. Fetched once, the first time `debug` or a broken attribute needs
 * it; its words join the catalogue before it is used. A failed load is tried again on the next need.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { AuthToken } from '../api/auth-token.js';
import type { ChatConfig, ConfigResult } from '../config/config.js';
import type { WordsPart } from '../controllers/locale-controller.js';
import type { SessionController } from '../controllers/session-controller.js';
import type { Term } from '../i18n/term.js';
import type { Logger } from '../log/logger.js';
import type { BrowserPorts } from '../ports/ports.js';
import { adoptSheets } from '../styles/sheet.js';
import { loadingBody } from '../views/loading-body.js';

export type OwnerModule = typeof import('./debug.js');

export interface OwnerChunkOptions {
  host: ReactiveControllerHost;
  ports: () => BrowserPorts;
  logger: Logger;
  addWords: (part: WordsPart) => Promise<void>;
}

export class OwnerChunk {
  module: OwnerModule | null = null;
  /** The last load failed (offline, blocked): the panel says so, with a Retry. */
  failed = false;
  private loading: Promise<OwnerModule | null> | null = null;
  private debug: InstanceType<OwnerModule['DebugPanel']> | null = null;

  constructor(private readonly options: OwnerChunkOptions) {}

  /** Runs `use` once the chunk and its words are here (and redraws). */
  with(use: (module: OwnerModule) => void): void {
    this.loading ??= import('./debug.js').then(
      async (module) => {
        await this.options.addWords(module.ownerWords);
        adoptSheets((this.options.host as unknown as Element).shadowRoot!, [module.ownerStyles]);
        this.failed = false;
        return (this.module = module);
      },
      (error: unknown) => {
        this.loading = null;
        this.failed = true;
        this.options.logger.error('could not load the site owner’s view', error);
        return null;
      },
    );
    void this.loading.then((module) => {
      if (module) use(module);
      this.options.host.requestUpdate();
    });
  }

  /** The `debug` view shows: test the connection (the first time, or when asked again). */
  showDebug(config: () => ChatConfig | null, retest: boolean, token: () => AuthToken | null): void {
    const { host, ports, logger } = this.options;
    this.with(({ DebugPanel }) => {
      this.debug ??= new DebugPanel(host, ports, logger.child('diagnostics'));
      const current = config();
      if (current) this.debug.shown(current, retest, token());
    });
  }

  /** The `debug` view of the current session, once the chunk is here; null until then, or without a session. */
  debugView(t: Term, config: ChatConfig, sessions: SessionController, onRetest: () => void): TemplateResult | null {
    const session = sessions.session;
    if (!this.debug || !session) return null;
    const { storage, state, authToken, sharing } = sessions;
    return this.debug.view(t, config, session.sessionId, storage, state, onRetest, authToken, sharing);
  }

  /** A broken configuration, explained once the chunk is here (or why it cannot be). */
  configError(t: Term, result: ConfigResult, retry: () => void): TemplateResult {
    if (this.module) return this.module.configErrorView(t, result.ok ? [] : result.problems);
    return loadingBody(t, this.failed, retry);
  }
}
