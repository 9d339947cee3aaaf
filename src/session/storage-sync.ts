/**
 * Another tab of the same site changed what this tenant stores (the `storage` event): keep
 * this instance in step. The identity is re-read (a chat created, or a conversation cleared,
 * elsewhere), and a waiting message another tab delivered is not sent again from here.
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import type { Identity } from './identity.js';
import type { Outbox } from './outbox.js';
import { STORAGE_KEYS } from './stored.js';

/** Follows a change of `key` (short); true when the visitor's chat changed, so the conversation shown must too. */
export function followStorage(key: string, identity: Identity, outbox: Outbox, storage: Pick<ChatStorage, 'has'>): boolean {
  if (key === STORAGE_KEYS.identity) return identity.sync();
  if (key.startsWith(STORAGE_KEYS.outboxPrefix) && !storage.has(key)) outbox.forget(key.slice(STORAGE_KEYS.outboxPrefix.length));
  return false;
}
