/** One timer per name on an injected scheduler: setting a name again replaces its timer. */
import type { Scheduler, TimerHandle } from '../ports/ports.js';

export class NamedTimers<Name extends string> {
  private readonly handles = new Map<Name, TimerHandle>();

  constructor(private readonly scheduler: Scheduler) {}

  set(name: Name, ms: number, run: () => void): void {
    this.clear(name);
    const handle = this.scheduler.setTimeout(() => {
      this.handles.delete(name);
      run();
    }, ms);
    this.handles.set(name, handle);
  }

  clear(name: Name): void {
    const handle = this.handles.get(name);
    if (handle === undefined) return;
    this.scheduler.clearTimeout(handle);
    this.handles.delete(name);
  }

  clearAll(): void {
    for (const name of [...this.handles.keys()]) this.clear(name);
  }
}
