/**
 * Namespaced persistent storage that cannot break the widget: when localStorage is missing,
 * disabled (Safari private mode), full, or holds garbage, it falls back to memory and says so.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const StorageMode = { Persistent: 'persistent', Memory: 'memory' } as const;
export type StorageMode = (typeof StorageMode)[keyof typeof StorageMode];

export class ChatStorage {
  private readonly memory = new Map<string, string>();
  private backing: StorageLike | null;
  /** Why storage fell back to memory, for the diagnostics view. */
  fallbackReason: string | null = null;

  constructor(
    private readonly namespace: string,
    backing: (() => StorageLike | null) | StorageLike | null,
  ) {
    try {
      this.backing = typeof backing === 'function' ? backing() : backing;
      if (!this.backing) this.fallBack('no localStorage in this browser');
    } catch (error) {
      // Reading window.localStorage itself throws when storage is disabled.
      this.backing = null;
      this.fallBack(`localStorage is unavailable (${(error as Error).message})`);
    }
  }

  get mode(): StorageMode {
    return this.backing ? StorageMode.Persistent : StorageMode.Memory;
  }

  /** A stored JSON value that passes `accept`, else `null` (garbage is removed). */
  read<T>(key: string, accept: (value: unknown) => value is T): T | null {
    const raw = this.getRaw(key);
    if (raw === null) return null;
    try {
      const value: unknown = JSON.parse(raw);
      if (accept(value)) return value;
    } catch {
      // fall through: not JSON
    }
    this.remove(key);
    return null;
  }

  write(key: string, value: unknown): void {
    const raw = JSON.stringify(value);
    this.memory.set(key, raw);
    if (!this.backing) return;
    try {
      this.backing.setItem(this.fullKey(key), raw);
    } catch (error) {
      this.fallBack(`localStorage refused a write (${(error as Error).message})`);
    }
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
        this.fallBack(`localStorage refused a read (${(error as Error).message})`);
      }
    }
    return this.memory.get(key) ?? null;
  }

  private fallBack(reason: string): void {
    this.backing = null;
    this.fallbackReason = reason;
  }

  private fullKey(key: string): string {
    return `miptech-chat:${this.namespace}:${key}`;
  }
}
