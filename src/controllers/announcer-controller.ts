/**
 * What a complete answer means for a visitor who is not looking at it: one announcement for
 * screen readers (never per token), and an unread count on the launcher while the panel is closed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Term } from '../i18n/term.js';
import type { Transitions } from '../state/transitions.js';

export class AnnouncerController implements ReactiveController {
  /** Read once by screen readers when an answer completes. */
  announcement = '';
  /** Answers that arrived while the panel was closed. */
  unread = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly t: () => Term,
    /** The assistant's name, as the panel shows it. */
    private readonly title: () => string,
    private readonly panelShown: () => boolean,
  ) {
    host.addController(this);
  }

  /**
   * A short status for screen readers ("Copied", "Thanks for your feedback"), through the same
   * polite live region. Said twice in a row, it still changes the region, so it is read again.
   */
  say(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** The visitor sees the conversation: nothing is unread. */
  seen(): void {
    this.unread = 0;
  }

  changed(changes: Transitions): void {
    const live = changes.completedAnswers.filter((answer) => answer.live);
    if (live.length === 0) return;
    this.announcement = this.t()('announceAnswer', { title: this.title(), content: live[live.length - 1].message.content.slice(0, 500) });
    if (!this.panelShown()) this.unread += live.length;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.announcement = '';
  }
}
