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

export type WebSocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState' | 'addEventListener' | 'removeEventListener'>;
export type WebSocketFactory = new (url: string) => WebSocketLike;

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

export type MediaQueryFactory = (query: string) => Pick<MediaQueryList, 'matches' | 'addEventListener' | 'removeEventListener'>;

/**
 * Calls `listener` with the URL of every connection the page's Content-Security-Policy
 * refuses under `connect-src` (the `securitypolicyviolation` event); returns an unsubscribe.
 */
export type ConnectBlockWatcher = (listener: (blockedUrl: string) => void) => () => void;

/** Calls `listener` with every localStorage key another tab changes; returns an unsubscribe. */
export type StorageChangeWatcher = (listener: (key: string) => void) => () => void;

export type ClipboardLike = Pick<Clipboard, 'writeText'>;

/** The whole set, as the element holds it (`el.ports`); tests replace parts before connecting. */
export interface BrowserPorts {
  /** Undefined where the browser has none: the chat then works over REST. */
  WebSocket: WebSocketFactory | undefined;
  /** Another tab changed a key in storage (the `storage` event). Default: the page's (ports/page-events.ts). */
  storageChanges?: StorageChangeWatcher;
  /** Connections the page's policy refused. Default: the page's (ports/page-events.ts). */
  connectBlocks?: ConnectBlockWatcher;
  fetch: typeof fetch;
  scheduler: Scheduler;
  /** May throw (storage disabled); the widget falls back to memory. */
  storage: () => StorageLike | null;
  page: () => PageInfo;
  reload: () => void;
  /** For `theme="auto"`: tests pass a fake to flip the system preference. */
  matchMedia: MediaQueryFactory | undefined;
  clipboard: () => ClipboardLike | undefined;
  /** The visitor's browser languages, most preferred first. Default: `navigator.languages`. */
  languages?: () => readonly string[];
}
