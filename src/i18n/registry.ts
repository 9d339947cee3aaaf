/**
 * Words a site owner registers for a language, shipped or not (`MiptechChat.registerStrings`,
 * or `registerStrings` from the package): a whole catalogue for a language the widget lacks, or
 * a few keys for one it has. A later registration for the same tag adds to the earlier one.
 */
import { canonicalTag } from './locale.js';
import type { Catalogue } from './strings.js';

const registered = new Map<string, Partial<Catalogue>>();
const listeners = new Set<() => void>();

/** Adds words for `tag` (any BCP 47 tag, such as `it` or `pt-BR`); widgets on the page re-render. */
export function registerStrings(tag: string, strings: Partial<Catalogue>): void {
  const canonical = canonicalTag(tag);
  if (!canonical) throw new TypeError(`[miptech-chat] not a language tag: ${tag}`);
  registered.set(canonical, { ...registered.get(canonical), ...strings });
  for (const listener of listeners) listener();
}

export const registeredFor = (tag: string): Partial<Catalogue> | undefined => registered.get(tag);

/** Calls `listener` after every registration; returns the way to stop. */
export function onRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
