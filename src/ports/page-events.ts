/**
 * What the page tells a running chat, as the chat chunk listens for it (kept out of the loader:
 * only a chat that is running needs them). Tests pass their own through `BrowserPorts`.
 */
import type { ConnectBlockWatcher, StorageChangeWatcher } from './ports.js';

/** Connections the page's Content-Security-Policy refuses under `connect-src`. */
export const pageConnectBlocks: ConnectBlockWatcher = (listener) => {
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src') listener(event.blockedURI);
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  return () => document.removeEventListener('securitypolicyviolation', onViolation);
};

/** Keys another tab of this site changed in localStorage. */
export const pageStorageChanges: StorageChangeWatcher = (listener) => {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.storageArea === globalThis.localStorage) listener(event.key);
  };
  globalThis.addEventListener('storage', onStorage);
  return () => globalThis.removeEventListener('storage', onStorage);
};
