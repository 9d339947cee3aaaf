/** The real browser behind the ports: what `<miptech-chat>` uses unless a test says otherwise. */
import type { BrowserPorts, Scheduler } from './ports.js';

/**
 * The longest delay a browser timer keeps: at 2³¹ ms or more, or for Infinity, setTimeout fires
 * at once. Every delay the widget sets goes through here and is clamped to it.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
export const timerDelay = (ms: number): number => (Number.isNaN(ms) ? 0 : Math.min(Math.max(0, ms), MAX_TIMER_MS));

export const browserScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, timerDelay(ms)),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  now: () => Date.now(),
  random: () => Math.random(),
};

export function browserPorts(): BrowserPorts {
  return {
    WebSocket: globalThis.WebSocket,
    fetch: (input, init) => globalThis.fetch(input, init),
    scheduler: browserScheduler,
    storage: () => globalThis.localStorage ?? null,
    marks: () => globalThis.caches ?? null,
    page: () => ({ url: location.href, userAgent: navigator.userAgent, referrer: document.referrer }),
    reload: () => location.reload(),
    matchMedia: globalThis.matchMedia?.bind(globalThis),
    clipboard: () => globalThis.navigator?.clipboard,
    whenIdle,
    saveData: () => Boolean((navigator as { connection?: { saveData?: boolean } }).connection?.saveData),
  };
}

/**
 * After the page's load event, when the browser has nothing else to do (at most 5 s later), or a
 * second after it where the browser cannot say (Safari has no requestIdleCallback).
 */
function whenIdle(run: () => void): void {
  const idle = () =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
