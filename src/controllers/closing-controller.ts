/**
 * Closing animates, as opening does: a floating panel that closes stays drawn for the length of
 * its closing animation (frame-extras.styles.ts), inert, then goes. Only its picture lingers:
 * the element counts as closed at once (its events, focus, `open`), and a panel opened again
 * meanwhile is simply open. Visitors who prefer less motion see it go at once. (A closure, not a
 * class: the chat is held to a byte budget, and a closure's state minifies where fields do not.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaQueryFactory, Scheduler, TimerHandle } from '../ports/ports.js';

/** The closing animation's length (frame-extras.styles.ts). */
export const CLOSING_MS = 160;

export interface ClosingController extends ReactiveController {
  /** The panel is closed but still drawn, on its way out. */
  readonly closing: boolean;
}

/** `shown`: the floating panel is open. */
export function closingController(
  host: ReactiveControllerHost,
  shown: () => boolean,
  scheduler: () => Scheduler,
  matchMedia: () => MediaQueryFactory | undefined,
): ClosingController {
  let wasShown = false;
  let timer: TimerHandle | null = null;
  const stop = () => {
    if (timer !== null) scheduler().clearTimeout(timer);
    timer = null;
  };
  const controller: ClosingController = {
    get closing() {
      return timer !== null;
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
    },
    hostDisconnected() {
      stop();
      wasShown = false;
    },
  };
  host.addController(controller);
  return controller;
}
