/**
 * The chat's panel frame: a labelled dialog (a region inline) with the header. The chat's views
 * fill it (a broken configuration too: describe-config.ts). It is the first panel drawn: until
 * the chat arrives, the loader's launcher turns instead (root-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Term } from '../i18n/term.js';
import { headerView } from './header.js';

export interface FrameModel {
  t: Term;
  title: string;
  /** An inline chat is a region in the page and cannot be closed. */
  inline: boolean;
  /** The chat has arrived: the header says the assistant is an AI (header.ts). */
  ai?: boolean;
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Full screen on a phone: a modal dialog (the chat's cover-controller.ts decides). */
  modal?: boolean;
  /** Drawn ahead of its first showing: inert, and out of sight (the chat's closed-panel-controller.ts decides). */
  ahead?: boolean;
}

/** The chat panel: a labelled dialog (a region when inline) with a header and `body`. */
export function panelFrame(model: FrameModel, body: unknown): TemplateResult {
  return html`<section
    id="panel"
    class="panel"
    part="panel"
    role=${model.inline ? 'region' : 'dialog'}
    aria-modal=${model.inline ? nothing : String(Boolean(model.modal))}
    aria-labelledby="title"
    .inert=${!!model.ahead}
    @keydown=${model.onKeydown}
  >
    ${headerView(model.t, model.title, model.ai, model.inline ? null : model.onClose)}
    <div class="body">${body}</div>
  </section>`;
}
