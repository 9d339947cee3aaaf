/**
 * Another tab of the same site changed what this tenant stores (the `storage` event): keep
 * this instance in step. The identity is re-read (a chat created, or a conversation cleared,
 * elsewhere), and a waiting message another tab delivered is not sent again from here.
 */
import type { ChatStorage } from '../ports/safe-storage.js';
import type { Identity } from './identity.js';
import type { Outbox } from './outbox.js';
import { STORAGE_KEYS } from './stored.js';

/**
 * Follows a change of `key` (short): `forgotten` when another tab forgot this visitor (the
 * session must end), `chat` when the visitor's chat changed (so must the conversation shown).
 */
export function followStorage(
  key: string,
  identity: Identity,
  outbox: Outbox,
  storage: Pick<ChatStorage, 'has'>,
): 'forgotten' | 'chat' | null {
  if (key === STORAGE_KEYS.identity) return identity.vanished ? 'forgotten' : identity.sync() ? 'chat' : null;
  if (key.startsWith(STORAGE_KEYS.outboxPrefix) && !storage.has(key))
    outbox.forget(key.slice(STORAGE_KEYS.outboxPrefix.length));
  return null;
}
