/**
 * The conversation follows new text down, unless the visitor scrolled up to read. When the panel
 * opens or the visitor sends something it shows the latest exchange from its question: it follows
 * a growing answer only until the question reaches the top, so the answer's start stays in view
 * (as ChatGPT and Intercom's Fin do); a visitor who scrolls down themselves is followed to the
 * bottom. Scrolling near the top asks for older messages, and when they are drawn above, what
 * the visitor was reading stays where it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Room left above the question held at the top of the log. */
const ABOVE_QUESTION_PX = 8;

export class LogFollowController implements ReactiveController {
  private following = true;
  private scrollNow = false;
  /** The latest question is held at the top while its answer grows, until the visitor scrolls. */
  private holdQuestion = true;
  /** Where this controller last scrolled the log: a scroll elsewhere is the visitor's. */
  private scrolledTo: number | null = null;
  /** Distance from the bottom to restore after older messages were drawn above. */
  private keepFromBottom: number | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly log: () => HTMLElement | null,
    /** Near the top: older messages, if there are any not drawn. */
    private readonly nearTop: () => void,
  ) {
    host.addController(this);
  }

  /** Show the latest exchange on the next render (the panel opened, or the visitor sent something). */
  follow(): void {
    this.following = true;
    this.scrollNow = true;
    this.holdQuestion = true;
  }

  /** Older messages are about to be drawn above: keep the visitor's place. */
  keepPlace(): void {
    const log = this.log();
    if (log) this.keepFromBottom = log.scrollHeight - log.scrollTop;
  }

  readonly onScroll = (event: Event): void => {
    const log = event.target as HTMLElement;
    // The visitor scrolled (not this controller): from now on they say where the log goes.
    if (this.scrolledTo === null || Math.abs(log.scrollTop - this.scrolledTo) > 1) this.holdQuestion = false;
    this.following = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
    if (log.scrollTop < 80 && log.scrollHeight > log.clientHeight) this.nearTop();
  };

  hostUpdated(): void {
    const log = this.log();
    if (log && this.keepFromBottom !== null) this.scroll(log, log.scrollHeight - this.keepFromBottom);
    else if (log && (this.following || this.scrollNow)) this.scroll(log, this.target(log));
    this.keepFromBottom = null;
    this.scrollNow = false;
  }

  private scroll(log: HTMLElement, top: number): void {
    log.scrollTop = top;
    this.scrolledTo = log.scrollTop;
  }

  /** The bottom, or, while the question is held, no further than the latest question at the top. */
  private target(log: HTMLElement): number {
    const bottom = log.scrollHeight - log.clientHeight;
    return this.holdQuestion ? Math.min(bottom, this.questionTop(log) ?? bottom) : bottom;
  }

  /** Where the log must scroll to show the latest question at its top, or null without one. */
  private questionTop(log: HTMLElement): number | null {
    const questions = log.querySelectorAll('.message.user');
    const question = questions[questions.length - 1];
    if (!question) return null;
    const box = log.getBoundingClientRect();
    // In layout pixels: the panel's opening animation scales it a little.
    const scale = log.offsetHeight > 0 ? box.height / log.offsetHeight : 1;
    const offset = (question.getBoundingClientRect().top - box.top) / scale + log.scrollTop;
    return Math.max(0, offset - ABOVE_QUESTION_PX);
  }
}
