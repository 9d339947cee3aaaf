/**
 * The parts of the connection the tabs share (socket/shared-socket.ts): what it is made from,
 * what the tabs say to each other over their BroadcastChannel, and how the owner keeps track of
 * the tabs that follow it.
 */
import type { Logger } from '../log/logger.js';
import type { Scheduler, TabPorts } from '../ports/ports.js';
import type { AuthSuccess, ClientFrame } from '../protocol/types.js';
import type { ChatSocket } from './chat-socket.js';
import type { SocketStatus } from './socket-status.js';

export interface SharedSocketOptions {
  /** The lock's and the channel's name: the storage namespace of the tenant and visitor. */
  name: string;
  tabs: TabPorts;
  /** Makes the real socket, when this tab becomes the owner. */
  createSocket: () => ChatSocket;
  scheduler: Scheduler;
  logger: Logger;
}

/** A tab's part in the shared connection: none yet (or left), following the owner, or owning the socket. */
export const TabRole = { Off: 'off', Follower: 'follower', Owner: 'owner' } as const;
export type TabRole = (typeof TabRole)[keyof typeof TabRole];

/** What the debug view says of a tab's connection: shared (held or followed), or its own. */
export type ConnectionSharing = 'owner' | 'follower' | 'own';

/** A follower checks the owner is alive this often: one unanswered check and it takes over. */
export const OWNER_CHECK_MS = 1_000;

/**
 * The channel's messages: from the owner, its status, frames (as the platform's JSON, so
 * followers parse them as strictly as a socket does), answers to checks and its leaving; from a
 * follower, a check (saying whether it is suspended; the first one greets), what it wants sent
 * or done, and its leaving.
 */
export type Relay =
  | { from: 'owner'; kind: 'status'; status: SocketStatus; ack: AuthSuccess | null }
  | { from: 'owner'; kind: 'frame'; frame: string }
  | { from: 'owner'; kind: 'alive' | 'bye' }
  | { from: 'follower'; kind: 'ping'; id: string; suspended: boolean }
  | { from: 'follower'; kind: 'send'; frame: ClientFrame }
  | { from: 'follower'; kind: 'reauth' | 'connect' | 'wake' | 'bye'; id: string };

/**
 * The owner's view of its followers: whether each is offline or hidden, as of its last check.
 * One not heard from for three checks (closed, or frozen) no longer counts.
 */
export interface Followers {
  /** A follower's check; false when the tab is new to this owner. */
  checkedIn(id: string, suspended: boolean): boolean;
  left(id: string): void;
  clear(): void;
  /** The connection may rest (spend no retries) only while this tab and every follower is offline or hidden. */
  mayRest(ownerSuspended: boolean): boolean;
}

export function followers(now: () => number): Followers {
  const tabs = new Map<string, { suspended: boolean; at: number }>();
  return {
    checkedIn: (id, suspended) => {
      const known = tabs.has(id);
      tabs.set(id, { suspended, at: now() });
      return known;
    },
    left: (id) => void tabs.delete(id),
    clear: () => tabs.clear(),
    mayRest: (ownerSuspended) => {
      const at = now();
      return ownerSuspended && [...tabs.values()].every((tab) => tab.suspended || at - tab.at > 3 * OWNER_CHECK_MS);
    },
  };
}
