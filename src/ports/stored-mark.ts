/**
 * A mark, outside localStorage, that the widget stored something for a tenant and platform in this
 * browser: an empty cache of that name in CacheStorage. The loader asks for it before it reads
 * localStorage for messages an earlier visit left unsent. A page's first read of localStorage is a
 * synchronous wait on the browser (7 to 75 ms at 4× CPU, measured), and most pages are seen by
 * visitors who never used the chat: CacheStorage answers them without blocking the page.
 *
 * Where there is no store (a page that is not a secure context, an opaque origin) or it refuses
 * (some private modes), nothing is known, and storage is read as before. A mark that outlives what
 * it marked costs one needless read; a missing one (stored by a version of the widget from before
 * marks) leaves earlier messages waiting until the visitor opens the chat, which marks the browser.
 */
import type { MarkStore } from './ports.js';

/**
 * Asks whether `namespace` is marked (`has`), marks it (`open`: a session kept something in
 * storage) or removes its mark (`delete`: `forget()`). Resolves to undefined where the browser
 * cannot say or refuses; never rejects.
 */
export async function mark(
  marks: (() => MarkStore | null) | undefined,
  namespace: string,
  act: 'has' | 'open' | 'delete',
): Promise<unknown> {
  try {
    return await marks?.()?.[act](`miptech-chat:${namespace}`);
  } catch {
    return undefined;
  }
}
