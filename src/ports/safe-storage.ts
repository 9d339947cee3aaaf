/**
 * Namespaced persistent storage that cannot break the widget: when localStorage is missing,
 * disabled (Safari private mode), full, or holds garbage, it falls back to memory and says
 * why (as a code; the diagnostics view words it).
 */
import type { BrowserPorts, StorageLike } from './ports.js';
import { mark } from './stored-mark.js';

export const StorageMode = { Persistent: 'persistent', Memory: 'memory' } as const;
export type StorageMode = (typeof StorageMode)[keyof typeof StorageMode];

export const StorageFallback = {
  /** The browser has no localStorage. */
  Missing: 'missing',
  /** Reading `window.localStorage` threw (storage disabled). */
  Unavailable: 'unavailable',
  ReadRefused: 'read-refused',
  /** Usually a full quota. */
  WriteRefused: 'write-refused',
} as const;
export type StorageFallback = (typeof StorageFallback)[keyof typeof StorageFallback];

const fullKey = (namespace: string, key: string) => `miptech-chat:${namespace}:${key}`;

/** Every key of `storage` (full names), or none if it cannot be read. */
function allKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) keys.push(storage.key(i) ?? '');
  return keys;
}

/**
 * Whether any key of `namespace` starts with `prefix`, without reading it: the loader asks this
 * to fetch the chat at once when messages still wait from an earlier visit. Never throws.
 */
export function hasStored(storage: () => StorageLike | null, namespace: string, prefix: string): boolean {
  try {
    const backing = storage();
    return backing !== null && allKeys(backing).some((k) => k.startsWith(fullKey(namespace, prefix)));
  } catch {
    return false;
  }
}

/**
 * Removes every key of `namespace` and of its visitors' (`<namespace>#…`), never another
 * tenant's or platform's, and the browser's mark that there are some (stored-mark.ts):
 * `forget()`. Never throws.
 */
export function forgetStored(ports: Pick<BrowserPorts, 'storage' | 'marks'>, namespace: string): void {
  void mark(ports.marks, namespace, 'delete');
  try {
    const backing = ports.storage();
    // A namespace holds colons (`tenant@http://127.0.0.1`), so a prefix alone would also take
    // `tenant@http://127.0.0.1:8500`'s keys: what follows ours is a key name, which starts with a
    // letter, never with a port's digit.
    const base = `miptech-chat:${namespace}`;
    const mine = (key: string) => key.startsWith(base) && /^(#|:\D)/.test(key.slice(base.length));
    for (const key of backing ? allKeys(backing).filter(mine) : []) backing!.removeItem(key);
  } catch {
    // Storage that cannot be read holds nothing of ours to forget.
  }
}

/** `miptech-chat:<namespace>:<key>` → `<key>`, or null for another namespace's key. */
export const keyIn = (namespace: string, full: string): string | null =>
  full.startsWith(fullKey(namespace, '')) ? full.slice(fullKey(namespace, '').length) : null;

export class ChatStorage {
  private readonly memory = new Map<string, string>();
  private backing: StorageLike | null;
  /** Stored values dropped as invalid since the widget started (the diagnostics say so). */
  discarded = 0;
  /** Closed with its session: a result that arrives later (a slow chat creation) writes nothing back. */
  private closed = false;
  /** Why storage fell back to memory, with the browser's own message. */
  fallback: { reason: StorageFallback; detail: string | null } | null = null;

  constructor(
    private readonly namespace: string,
    backing: (() => StorageLike | null) | StorageLike | null,
    /** Told once, on the first value this storage keeps beyond the page (the session marks the browser). */
    private onKept?: () => unknown,
  ) {
    try {
      this.backing = typeof backing === 'function' ? backing() : backing;
      if (!this.backing) this.fallBack(StorageFallback.Missing);
    } catch (error) {
      this.backing = null;
      this.fallBack(StorageFallback.Unavailable, error);
    }
  }

  get mode(): StorageMode {
    return this.backing ? StorageMode.Persistent : StorageMode.Memory;
  }

  /** A stored JSON value as `parse` rebuilds it, else `null` (garbage is removed). */
  read<T>(key: string, parse: (value: unknown) => T | null): T | null {
    const raw = this.getRaw(key);
    if (raw === null) return null;
    try {
      const value = parse(JSON.parse(raw));
      if (value !== null) return value;
    } catch {
      // fall through: not JSON
    }
    this.discard(key);
    return null;
  }

  /**
   * From now on, writes are dropped: the session that wrote here has ended (forget(), a new visitor,
   * the element gone).
   */
  close(): void {
    this.closed = true;
  }

  /** Whether `key` holds anything. */
  has(key: string): boolean {
    return this.getRaw(key) !== null;
  }

  /** A full storage key (from a `storage` event) as this namespace's short key, or null if it is not ours. */
  ownKey(full: string): string | null {
    return keyIn(this.namespace, full);
  }

  /** The keys (short names) that start with `prefix`. */
  keys(prefix: string): string[] {
    let keys = [...this.memory.keys()];
    if (this.backing) {
      try {
        keys = allKeys(this.backing).map((k) => keyIn(this.namespace, k) ?? '');
      } catch (error) {
        this.fallBack(StorageFallback.ReadRefused, error);
      }
    }
    return keys.filter((k) => k.startsWith(prefix));
  }

  write(key: string, value: unknown): void {
    if (this.closed) return;
    const raw = JSON.stringify(value);
    this.memory.set(key, raw);
    if (!this.backing) return;
    try {
      this.backing.setItem(this.fullKey(key), raw);
      this.onKept?.();
      this.onKept = undefined;
    } catch (error) {
      this.fallBack(StorageFallback.WriteRefused, error);
    }
  }

  /** Removes a value found invalid, and counts it. */
  discard(key: string): void {
    this.discarded += 1;
    this.remove(key);
  }

  remove(key: string): void {
    this.memory.delete(key);
    try {
      this.backing?.removeItem(this.fullKey(key));
    } catch {
      // Nothing to lose: the memory copy is gone already.
    }
  }

  private getRaw(key: string): string | null {
    if (this.backing) {
      try {
        return this.backing.getItem(this.fullKey(key));
      } catch (error) {
        this.fallBack(StorageFallback.ReadRefused, error);
      }
    }
    return this.memory.get(key) ?? null;
  }

  private fallBack(reason: StorageFallback, error?: unknown): void {
    this.backing = null;
    this.fallback = { reason, detail: error instanceof Error ? error.message : null };
  }

  private fullKey(key: string): string {
    return fullKey(this.namespace, key);
  }
}
