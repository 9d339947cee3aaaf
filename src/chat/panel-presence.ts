/**
 * How the floating panel sits on the page, as controllers on the element: at the visual
 * viewport's height (the on-screen keyboard), modal where it covers the screen, animating out
 * when it closes, and its wide tables measured for their scroll cue. None of them touches the
 * conversation: the runtime (chat-runtime.ts) holds that.
 */
import { closingController, type ClosingController } from '../controllers/closing-controller.js';
import { CoverController } from '../controllers/cover-controller.js';
import { tableCueController } from '../controllers/table-cue-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import type { ChatRuntimeOptions } from './runtime-options.js';

export class PanelPresence {
  readonly cover: CoverController;
  readonly closing: ClosingController;

  constructor(options: ChatRuntimeOptions) {
    const { host, ports, root } = options;
    const floatingShown = () => options.panelShown() && options.floating();
    new ViewportController(host, floatingShown, root);
    this.cover = new CoverController(
      host,
      floatingShown,
      () => root()?.querySelector('.panel') ?? null,
      () => ports().matchMedia,
      options.close,
    );
    this.closing = closingController(
      host,
      floatingShown,
      () => ports().scheduler,
      () => ports().matchMedia,
    );
    tableCueController(host, root);
  }
}
