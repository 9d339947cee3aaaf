/** A set of listeners: `add` returns its own unsubscribe; `emit` tolerates removal mid-loop. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.set]) listener(value);
  }
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
