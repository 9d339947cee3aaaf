/**
 * Measures each drawn table once it is on screen, and again whenever its size changes (an answer
 * still arriving, the panel resized, a phone turned): whether it has more to scroll to decides
 * its cue (markdown/table-cue.ts). One observer for all of them, released with the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { markTableCue } from '../markdown/table-cue.js';

export class TableCueController implements ReactiveController {
  private observer: ResizeObserver | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly root: () => ParentNode | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const tables = this.root()?.querySelectorAll<HTMLElement>('.markdown .table:not([data-cue])');
    if (!tables?.length) return;
    this.observer ??= new ResizeObserver((entries) => entries.forEach((entry) => markTableCue(entry.target.closest<HTMLElement>('.table')!)));
    for (const table of tables) {
      table.setAttribute('data-cue', '');
      this.observer.observe(table);
      // The table inside changes size too (rows arriving), the box not necessarily.
      this.observer.observe(table.firstElementChild!);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.root()?.querySelectorAll('[data-cue]').forEach((table) => table.removeAttribute('data-cue'));
  }
}
