import type { ChannelLike, LocksLike, TabPorts } from '../src/ports/ports.js';

interface Held {
  stolen: (error: Error) => void;
}

interface Queued {
  grant: () => void;
}

const abortError = () => new DOMException('The request was aborted.', 'AbortError');

/**
 * Web Locks as the spec has them, for one lock name at a time: requests queue in order, a held
 * lock passes on when its callback's promise settles, `signal` takes a queued request back, and
 * `steal` takes the lock from its holder (whose request then rejects with AbortError).
 */
export class FakeLocks implements LocksLike {
  private readonly held = new Map<string, Held>();
  private readonly queues = new Map<string, Queued[]>();
  /** Requests granted, in order (for assertions). */
  readonly grants: string[] = [];

  request(name: string, options: { signal?: AbortSignal; steal?: boolean }, callback: () => Promise<void>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        const holder: Held = { stolen: reject };
        this.held.set(name, holder);
        this.grants.push(name);
        queueMicrotask(() =>
          void callback().then(resolve, reject).finally(() => {
            if (this.held.get(name) !== holder) return;
            this.held.delete(name);
            this.queues.get(name)?.shift()?.grant();
          }),
        );
      };
      if (options.steal) {
        this.held.get(name)?.stolen(abortError());
        this.held.delete(name);
        return grant();
      }
      if (options.signal?.aborted) return reject(abortError());
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      if (!this.held.has(name) && queue.length === 0) return grant();
      const entry: Queued = { grant };
      queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        const at = queue.indexOf(entry);
        if (at === -1) return;
        queue.splice(at, 1);
        reject(abortError());
      });
    });
  }

  /** Whether anyone holds `name`. */
  isHeld(name: string): boolean {
    return this.held.has(name);
  }
}

/** A BroadcastChannel of the fake hub; a frozen one neither hears nor is heard. */
export class FakeChannel implements ChannelLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;
  frozen = false;
  readonly posted: unknown[] = [];
  constructor(
    readonly name: string,
    private readonly hub: FakeChannels,
  ) {}
  postMessage(message: unknown): void {
    if (this.closed) throw new DOMException('closed', 'InvalidStateError');
    this.posted.push(message);
    if (!this.frozen) this.hub.deliver(this, structuredClone(message));
  }
  close(): void {
    this.closed = true;
  }
}

/** Channels by name, delivering to every other open channel of the name in a later microtask, as browsers do. */
export class FakeChannels {
  readonly all: FakeChannel[] = [];
  open = (name: string): FakeChannel => {
    const channel = new FakeChannel(name, this);
    this.all.push(channel);
    return channel;
  };
  deliver(from: FakeChannel, data: unknown): void {
    for (const to of this.all) {
      if (to === from || to.name !== from.name) continue;
      queueMicrotask(() => !to.closed && !to.frozen && to.onmessage?.({ data } as MessageEvent));
    }
  }
}

/** One browser's tabs: shared locks and channels (every tab of a test gets the same). */
export function fakeTabs(): { tabs: TabPorts; locks: FakeLocks; channels: FakeChannels } {
  const locks = new FakeLocks();
  const channels = new FakeChannels();
  return { tabs: { locks, channel: channels.open }, locks, channels };
}
