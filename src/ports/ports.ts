/**
 * Everything the widget takes from the browser, as narrow interfaces. These sit below every
 * other layer: the socket, API client, session and controllers receive them, so tests pass
 * fakes and nothing patches `window`.
 */
export type TimerHandle = unknown;

/** Time and chance. */
export interface Scheduler {
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Wall-clock milliseconds. Used to judge link liveness, since hidden tabs throttle timers. */
  now(): number;
  /** A number in [0, 1). */
  random(): number;
}

export type WebSocketLike = Pick<
  WebSocket,
  'send' | 'close' | 'readyState' | 'addEventListener' | 'removeEventListener'
>;
export type WebSocketFactory = new (url: string) => WebSocketLike;

/**
 * What the widget uses of CacheStorage (`caches`): an empty cache of a name, as a mark that
 * outlives the page and is asked about without blocking it (ports/stored-mark.ts).
 */
export interface MarkStore {
  has(name: string): Promise<boolean>;
  open(name: string): Promise<unknown>;
  delete(name: string): Promise<boolean>;
}

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the platform is told about the page the chat runs on. */
export interface PageInfo {
  url: string;
  userAgent: string;
  referrer: string;
}

export type MediaQueryFactory = (
  query: string,
) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `listener` with the URL of every connection the page's Content-Security-Policy
 * refuses under `connect-src` (the `securitypolicyviolation` event); returns an unsubscribe.
 */
export type ConnectBlockWatcher = (listener: (blockedUrl: string) => void) => () => void;

/** Calls `listener` with every localStorage key another tab changes; returns an unsubscribe. */
export type StorageChangeWatcher = (listener: (key: string) => void) => () => void;

/** Web Locks, as far as the shared connection uses them (`navigator.locks`). */
export interface LocksLike {
  request(
    name: string,
    options: { signal?: AbortSignal; steal?: boolean },
    callback: () => Promise<void>,
  ): Promise<unknown>;
}

/** A BroadcastChannel, as far as the shared connection uses it. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** What lets the tabs of a site share one connection: Web Locks to elect its owner, channels to relay it. */
export interface TabPorts {
  locks: LocksLike;
  channel: (name: string) => ChannelLike;
}

export type ClipboardLike = Pick<Clipboard, 'writeText'>;

/** The whole set, as the element holds it (`el.ports`); tests replace parts before connecting. */
export interface BrowserPorts {
  /** Undefined where the browser has none: the chat then works over REST. */
  WebSocket: WebSocketFactory | undefined;
  /** Another tab changed a key in storage (the `storage` event). Default: the page's (ports/page-events.ts). */
  storageChanges?: StorageChangeWatcher;
  /** Connections the page's policy refused. Default: the page's (ports/page-events.ts). */
  connectBlocks?: ConnectBlockWatcher;
  /**
   * Web Locks and BroadcastChannel, for one connection shared by the site's tabs. Default: the
   * browser's, where it has both (ports/tab-ports.ts); null: each instance keeps its own socket.
   */
  tabs?: TabPorts | null;
  fetch: typeof fetch;
  scheduler: Scheduler;
  /** May throw (storage disabled); the widget falls back to memory. */
  storage: () => StorageLike | null;
  /**
   * Where the widget marks that it stored something (ports/stored-mark.ts). Default: the page's
   * CacheStorage. None (undefined or null, or a store that refuses): nothing is known, and storage
   * is read to find out. May throw (an opaque origin).
   */
  marks?: () => MarkStore | null;
  page: () => PageInfo;
  reload: () => void;
  /** For `theme="auto"`: tests pass a fake to flip the system preference. */
  matchMedia: MediaQueryFactory | undefined;
  clipboard: () => ClipboardLike | undefined;
  /** The visitor's browser languages, most preferred first. Default: `navigator.languages`. */
  languages?: () => readonly string[];
  /**
   * Runs `run` once the page has loaded and the browser is idle: fetching the chat ahead, and looking
   * for messages an earlier visit left unsent (at once, without it).
   */
  whenIdle?: (run: () => void) => void;
  /**
   * Runs `run` once the frame being drawn has painted: connecting when the panel opens, so the
   * visitor gets the composer first. Default: the browser's next frame (ports/after-paint.ts,
   * with the chat: the loader pays nothing for it); null: at once.
   */
  afterPaint?: ((run: () => void) => void) | null;
  /** The visitor asked the browser to save data (`navigator.connection.saveData`). */
  saveData?: () => boolean;
}
