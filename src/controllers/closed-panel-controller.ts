/**
 * When a floating panel is drawn while closed.
 *
 * Ahead of its first showing: the chat arrives on the visitor's first sign of intent, usually a
 * pointer on the launcher, and draws the panel out of sight and reach (frame-extras.styles.ts:
 * `.panel[inert]`), so the click that follows only shows a panel already rendered and laid out.
 * Only while nothing would change it (`mayDrawAhead`: the panel floats, an inline one being shown
 * from the start, and no conversation is under way, such as a message the page sent, or one an
 * earlier visit left unsent): a panel nobody sees is not redrawn for every word of an answer.
 *
 * On its way out: closing animates, as opening does; the panel stays drawn for the length of its
 * closing animation, out of reach, then goes. Only its picture lingers: the element counts as
 * closed at once (its events, focus, `open`), and a panel opened again meanwhile is simply open.
 * Visitors who prefer less motion see it go at once.
 *
 * (A closure, not a class: the chat is held to a byte budget, and a closure's state minifies
 * where fields do not.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory, Scheduler, TimerHandle } from '../ports/ports.js';

/** The closing animation's length (frame-extras.styles.ts). */
export const CLOSING_MS = 160;

export interface ClosedPanel extends ReactiveController {
  /** Drawn ahead of its first showing, out of sight and reach. */
  readonly ahead: boolean;
  /** The panel is closed but drawn: ahead of its first showing, or on its way out. */
  readonly drawn: boolean;
}

/** `shown`: the floating panel is open; `mayDrawAhead`: it floats, and no conversation is under way. */
export function closedPanelController(
  host: ReactiveControllerHost,
  shown: () => boolean,
  mayDrawAhead: () => boolean,
  scheduler: () => Scheduler,
  matchMedia: () => MediaQueryFactory | undefined,
): ClosedPanel {
  let wasShown = false;
  let everShown = false;
  let timer: TimerHandle | null = null;
  const stop = () => {
    if (timer !== null) scheduler().clearTimeout(timer);
    timer = null;
  };
  const controller: ClosedPanel = {
    get ahead() {
      return !everShown && mayDrawAhead();
    },
    get drawn() {
      return timer !== null || controller.ahead;
    },
    hostUpdate() {
      const now = shown();
      if (now || wasShown) stop();
      if (wasShown && !now && !matchMedia()?.('(prefers-reduced-motion: reduce)').matches) {
        timer = scheduler().setTimeout(() => {
          timer = null;
          host.requestUpdate();
        }, CLOSING_MS);
      }
      wasShown = now;
      everShown ||= now;
    },
    hostDisconnected() {
      stop();
      wasShown = false;
    },
  };
  host.addController(controller);
  return controller;
}
