/**
 * What the visitor types and sends: the composer's draft, the send rate, and a message's way
 * into the session. The composer's Send and the starter prompts offer their text here
 * (offer-message.ts); the element's `send()` offers it itself and queues it here.
 */
import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from '../controllers/session-controller.js';
import type { Term } from '../i18n/term.js';
import { offerMessage } from '../offer-message.js';
import { sendRate } from '../session/send-rate.js';
import { ComposerDraft } from '../state/composer-draft.js';

export class ComposerInput {
  readonly draft = new ComposerDraft();
  /** Takes one send if the send rate allows it now. */
  private readonly takeSend: () => boolean;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly chat: SessionController,
    now: () => number,
    /** Whether the configuration works (a broken one sends nothing). */
    private readonly configOk: () => boolean,
    private readonly t: () => Term,
    /** A message was queued: the log follows it down. */
    private readonly onQueued: () => void,
  ) {
    this.takeSend = sendRate(now);
  }

  /** The visitor's message (Send, a starter prompt): offered to the page, then queued; false if it was not. */
  submit(text: string): boolean {
    const content = offerMessage(this.host, text, this.configOk(), this.t());
    return content !== null && this.queue(content);
  }

  /**
   * A message already checked and offered (the element's `send()`): false when too fast, or
   * there is no session (a broken config).
   */
  queue(content: string): boolean {
    // Too fast: refused, and the composer says so (what was typed stays in it).
    this.draft.tooFast = !this.takeSend();
    if (this.draft.tooFast) return (this.host.requestUpdate(), false);
    const sent = this.chat.send(content) !== null;
    if (sent) this.onQueued();
    return sent;
  }
}
