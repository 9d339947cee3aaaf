/** One timer per name on an injected scheduler: setting a name again replaces its timer. */
import type { Scheduler, TimerHandle } from '../ports/ports.js';

export interface NamedTimers<Name extends string> {
  /** Runs `run` after `ms`, replacing the timer of that name if one is set. */
  set(name: Name, ms: number, run: () => void): void;
  clear(name: Name): void;
  clearAll(): void;
}

export function namedTimers<Name extends string>(scheduler: Scheduler): NamedTimers<Name> {
  const handles = new Map<Name, TimerHandle>();
  const clear = (name: Name): void => {
    const handle = handles.get(name);
    if (handle === undefined) return;
    scheduler.clearTimeout(handle);
    handles.delete(name);
  };
  return {
    set: (name, ms, run) => {
      clear(name);
      const handle = scheduler.setTimeout(() => {
        handles.delete(name);
        run();
      }, ms);
      handles.set(name, handle);
    },
    clear,
    clearAll: () => {
      for (const name of [...handles.keys()]) clear(name);
    },
  };
}
