/** A set of listeners: `add` returns its own unsubscribe; `emit` tolerates removal mid-loop. */
export interface Listeners<T> {
  add(listener: (value: T) => void): () => void;
  emit(value: T): void;
}

export function listeners<T>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add: (listener) => {
      set.add(listener);
      return () => set.delete(listener);
    },
    emit: (value) => {
      for (const listener of [...set]) listener(value);
    },
  };
}

/** Adds the listeners to `target` and returns the function that removes exactly those. */
export function listen(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  handlers: Record<string, (event: Event) => void>,
): () => void {
  const entries = Object.entries(handlers);
  for (const [type, handler] of entries) target.addEventListener(type, handler);
  return () => {
    for (const [type, handler] of entries) target.removeEventListener(type, handler);
  };
}
