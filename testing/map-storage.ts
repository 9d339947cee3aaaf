import type { MarkStore, StorageLike } from '../src/ports/ports.js';

/** localStorage in a Map: what the widget persisted, readable by the test. */
export class MapStorage implements StorageLike {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key = (i: number) => [...this.map.keys()][i] ?? null;
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, v);
  removeItem = (k: string) => void this.map.delete(k);
}

/**
 * Storage as a returning visitor's browser has it: `identity` stored for `tenant` on whichever
 * platform the test's element talks to (keys are per tenant and platform origin, so a test that
 * learns its platform's URL only later can still plant it).
 */
export function returningVisitorStorage(identity: Record<string, string>, tenant = 'miptech-company'): MapStorage {
  const storage = new MapStorage();
  const planted = new RegExp(`^miptech-chat:${tenant}@[^@]+:identity$`);
  const getItem = storage.getItem;
  let used = false;
  storage.getItem = (key: string) => getItem(key) ?? (!used && planted.test(key) ? ((used = true), JSON.stringify(identity)) : null);
  return storage;
}

/** CacheStorage's names in a Set, for the widget's mark that it stored something (ports/stored-mark.ts). */
export class MemoryMarks implements MarkStore {
  names = new Set<string>();
  /** Every question asked of it, in order (`has`, `open`, `delete` and the name). */
  asked: string[] = [];
  has = async (name: string) => (this.asked.push(`has ${name}`), this.names.has(name));
  open = async (name: string) => (this.asked.push(`open ${name}`), this.names.add(name));
  delete = async (name: string) => (this.asked.push(`delete ${name}`), this.names.delete(name));
}
