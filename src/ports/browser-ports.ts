/** The real browser behind the ports: what `<miptech-chat>` uses unless a test says otherwise. */
import type { BrowserPorts, Scheduler } from './ports.js';

export const browserScheduler: Scheduler = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
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
    page: () => ({ url: location.href, userAgent: navigator.userAgent, referrer: document.referrer }),
    reload: () => location.reload(),
    matchMedia: globalThis.matchMedia ? (query) => globalThis.matchMedia(query) : undefined,
    clipboard: () => globalThis.navigator?.clipboard,
    storageChanges: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== null && event.storageArea === globalThis.localStorage) listener(event.key);
      };
      globalThis.addEventListener('storage', onStorage);
      return () => globalThis.removeEventListener('storage', onStorage);
    },
    connectBlocks: (listener) => {
      const onViolation = (event: SecurityPolicyViolationEvent) => {
        if (event.effectiveDirective === 'connect-src') listener(event.blockedURI);
      };
      document.addEventListener('securitypolicyviolation', onViolation);
      return () => document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}
