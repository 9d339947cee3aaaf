/**
 * How the floating panel sits on the page, as controllers on the element: at the visual
 * viewport's height (the on-screen keyboard), modal where it covers the screen, drawn ahead of
 * its first showing and animating out when it closes, and its wide tables measured for their
 * scroll cue. None of them touches the conversation: the runtime (chat-runtime.ts) holds that.
 */
import { closedPanelController, type ClosedPanel } from '../controllers/closed-panel-controller.js';
import { CoverController } from '../controllers/cover-controller.js';
import { tableCueController } from '../controllers/table-cue-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import type { ChatRuntimeOptions } from './runtime-options.js';

export class PanelPresence {
  readonly cover: CoverController;
  /** When the panel is drawn while closed. */
  readonly closed: ClosedPanel;

  /** `quiet`: no conversation is under way (closed-panel-controller.ts draws the panel ahead then). */
  constructor(options: ChatRuntimeOptions, quiet: () => boolean) {
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
    this.closed = closedPanelController(
      host,
      floatingShown,
      () => options.floating() && quiet(),
      () => ports().scheduler,
      () => ports().matchMedia,
    );
    tableCueController(host, root);
  }
}
