/** How much the composer holds: the chat's alone (the loader shares message-limit.ts with it). */

/**
 * The most the composer holds: enough to edit an over-long message down, small enough to lay
 * out at once. Browsers take 100–200 ms to lay out a textarea holding a megabyte, and as long
 * again on every keystroke after it, so a paste past this is cut here, and the visitor told.
 */
export const MAX_COMPOSER_CHARS = 20_000;

/** How much of `pasted` fits in a composer holding `kept` other characters: never half a surrogate pair. */
export function pasteRoom(kept: number, pasted: string): number {
  const room = Math.max(0, Math.min(pasted.length, MAX_COMPOSER_CHARS - kept));
  const last = pasted.charCodeAt(room - 1);
  return room > 0 && room < pasted.length && last >= 0xd800 && last <= 0xdbff ? room - 1 : room;
}
