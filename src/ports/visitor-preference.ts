/**
 * The visitor's own choices, kept for every site in this browser that uses the widget (not
 * per tenant: they are about the visitor, not the conversation). Never throws: storage may be
 * refused, and then the choice lasts for the page.
 */
import type { StorageLike } from './ports.js';

/** Whether answers are read once complete (`true`), rather than sentence by sentence as they arrive. */
const READ_AT_END = 'miptech-chat:read-answers-at-end';

export function readsAtEnd(storage: () => StorageLike | null): boolean {
  try {
    return storage()?.getItem(READ_AT_END) === '1';
  } catch {
    return false;
  }
}

export function setReadsAtEnd(storage: () => StorageLike | null, atEnd: boolean): void {
  try {
    if (atEnd) storage()?.setItem(READ_AT_END, '1');
    else storage()?.removeItem(READ_AT_END);
  } catch {
    // The choice lasts for this page.
  }
}
