/**
 * A tab's part in the group of tabs that share one connection, and what moves it, as a pure
 * table (as socket-status.ts is for a socket): `nextRole(role, event)`. The shared socket applies
 * the result and does what the move asks: it opens the socket as the owner, follows, or leaves.
 * A move the table does not list leaves the role as it is.
 */
import { TabRole } from './tab-relay.js';

export type RoleEvent =
  /** The tab joins the group: it follows, and queues for the lock. */
  | 'join'
  /** The lock was granted: the owner left, or this tab took it from a frozen one. */
  | 'granted'
  /** The lock was taken from this owner: it was frozen, and another tab took over. */
  | 'lost'
  /** The tab leaves the group (disconnect): an owner closes its socket and hands the lock on. */
  | 'leave';

const MOVES: Readonly<Record<RoleEvent, Partial<Record<TabRole, TabRole>>>> = {
  join: { [TabRole.Off]: TabRole.Follower },
  granted: { [TabRole.Follower]: TabRole.Owner },
  lost: { [TabRole.Owner]: TabRole.Follower },
  leave: { [TabRole.Follower]: TabRole.Off, [TabRole.Owner]: TabRole.Off },
};

/** The role `event` makes of `role`: `role` itself when the event moves nothing. */
export const nextRole = (role: TabRole, event: RoleEvent): TabRole => MOVES[event][role] ?? role;

/** A tab's membership of the group: its role, and the generation a leave moves on. */
export interface Membership {
  readonly role: () => TabRole;
  /** Counts leaves: a lock asked for before the last one is no longer this tab's business. */
  readonly generation: () => number;
  /**
   * Moves the role by `event`, unless the event belongs to a membership the tab has left since
   * (`asked`, the generation it was asked in). Whether the role moved.
   */
  readonly move: (event: RoleEvent, asked?: number) => boolean;
}

export function membership(): Membership {
  let role: TabRole = TabRole.Off;
  let generation = 0;
  return {
    role: () => role,
    generation: () => generation,
    move: (event, asked = generation) => {
      const next = asked === generation ? nextRole(role, event) : role;
      if (next === role) return false;
      if (next === TabRole.Off) generation += 1;
      role = next;
      return true;
    },
  };
}
