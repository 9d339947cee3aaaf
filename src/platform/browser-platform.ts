/**
 * Everything the widget takes from the browser, in one injectable object: element tests
 * and integration tests swap parts of it instead of patching globals.
 */
import type { MediaQueryFactory } from '../controllers/color-scheme-controller.js';
import type { WebSocketFactory } from '../socket/chat-socket.js';
import { browserScheduler, type Scheduler } from '../socket/scheduler.js';
import type { PageInfo } from '../session/chat-session.js';
import type { StorageLike } from '../session/storage.js';

export interface BrowserPlatform {
  WebSocket: WebSocketFactory;
  fetch: typeof fetch;
  scheduler: Scheduler;
  /** May throw (storage disabled); the widget falls back to memory. */
  storage: () => StorageLike | null;
  page: () => PageInfo;
  reload: () => void;
  /** For `theme="auto"`: tests pass a fake to flip the system preference. */
  matchMedia: MediaQueryFactory | undefined;
  clipboard: () => Pick<Clipboard, 'writeText'> | undefined;
}

export function browserPlatform(): BrowserPlatform {
  return {
    WebSocket: globalThis.WebSocket,
    fetch: (input, init) => globalThis.fetch(input, init),
    scheduler: browserScheduler,
    storage: () => globalThis.localStorage ?? null,
    page: () => ({ url: location.href, userAgent: navigator.userAgent, referrer: document.referrer }),
    reload: () => location.reload(),
    matchMedia: globalThis.matchMedia ? (query) => globalThis.matchMedia(query) : undefined,
    clipboard: () => globalThis.navigator?.clipboard,
  };
}
