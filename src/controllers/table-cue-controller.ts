/**
 * Measures each drawn table once it is on screen, and again whenever its size changes (an answer
 * still arriving, the panel resized, a phone turned): whether it has more to scroll to decides
 * its cue (markdown/table-cue.ts). One observer for all of them, released with the element.
 */
import type { ReactiveControllerHost } from 'lit';
import { markTableCue } from '../markdown/table-cue.js';

export function tableCueController(host: ReactiveControllerHost, root: () => ParentNode | null): void {
  let observer: ResizeObserver | null = null;
  host.addController({
    hostUpdated() {
      const tables = root()?.querySelectorAll<HTMLElement>('.markdown .table:not([data-cue])');
      if (!tables?.length) return;
      observer ??= new ResizeObserver((entries) =>
        entries.forEach((entry) => markTableCue(entry.target.closest<HTMLElement>('.table')!)),
      );
      for (const table of tables) {
        table.setAttribute('data-cue', '');
        observer.observe(table);
        // The table inside changes size too (rows arriving), the box not necessarily.
        observer.observe(table.firstElementChild!);
      }
    },
    hostDisconnected() {
      observer?.disconnect();
      observer = null;
      root()
        ?.querySelectorAll('[data-cue]')
        .forEach((table) => table.removeAttribute('data-cue'));
    },
  });
}
