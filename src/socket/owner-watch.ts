/**
 * A follower tab's watch on the owner tab (shared-socket.ts): every OWNER_CHECK_MS it asks, and
 * an owner that left the previous ask unanswered is taken to be frozen (a tab the browser
 * stopped), so the follower takes its lock over. (A closure, not a class: the loader and chat are
 * held to a byte budget, and a closure's state minifies to short names where fields do not.)
 */
import type { Scheduler, TimerHandle } from '../ports/ports.js';
import { OWNER_CHECK_MS } from './tab-relay.js';

export interface OwnerWatch {
  /** Watches from now on, the owner owing no answer yet. */
  start(): void;
  /** The owner said something: it is alive. */
  answered(): void;
  stop(): void;
}

/** `ask` the owner whether it is there (a ping); `frozen`: it did not answer, take its lock. */
export function ownerWatch(scheduler: Scheduler, ask: () => void, frozen: () => void): OwnerWatch {
  let timer: TimerHandle | null = null;
  let unanswered = false;
  const stop = () => {
    if (timer !== null) scheduler.clearTimeout(timer);
    timer = null;
  };
  const schedule = (): void => {
    timer = scheduler.setTimeout(() => {
      if (unanswered) frozen();
      else {
        unanswered = true;
        ask();
      }
      schedule();
    }, OWNER_CHECK_MS);
  };
  return {
    start: () => {
      stop();
      unanswered = false;
      schedule();
    },
    answered: () => {
      unanswered = false;
    },
    stop,
  };
}
