/**
 * The site owner's chunk (chat/debug.ts): the `debug` view and a broken configuration
 * explained, with their words. Fetched once, the first time `debug` or a broken attribute needs
 * it; its words join the catalogue before it is used. A failed load is tried again on the next need.
 */
import type { WordsPart } from '../controllers/locale-controller.js';
import type { Logger } from '../log/logger.js';

export type OwnerModule = typeof import('./debug.js');

export class OwnerChunk {
  module: OwnerModule | null = null;
  /** The last load failed (offline, blocked): the panel says so, with a Retry. */
  failed = false;
  private loading: Promise<OwnerModule | null> | null = null;

  constructor(
    private readonly addWords: (part: WordsPart) => Promise<void>,
    private readonly logger: Logger,
    /** Something changed that the panel shows. */
    private readonly changed: () => void,
  ) {}

  /** Runs `use` once the chunk and its words are here. */
  with(use: (module: OwnerModule) => void): void {
    this.loading ??= import('./debug.js').then(
      async (module) => {
        await this.addWords(module.ownerWords);
        this.failed = false;
        return (this.module = module);
      },
      (error: unknown) => {
        this.loading = null;
        this.failed = true;
        this.logger.error('could not load the site owner’s view', error);
        return null;
      },
    );
    void this.loading.then((module) => {
      if (module) use(module);
      this.changed();
    });
  }
}
