/** A tiny store: one snapshot, a pure reducer, and subscribers told after each change. */
export class Store<S, A> {
  private snapshot: S;
  private readonly listeners = new Set<(state: S) => void>();

  constructor(
    private readonly reducer: (state: S, action: A) => S,
    initial: S,
  ) {
    this.snapshot = initial;
  }

  get state(): S {
    return this.snapshot;
  }

  dispatch(action: A): void {
    const next = this.reducer(this.snapshot, action);
    if (next === this.snapshot) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  subscribe(listener: (state: S) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
