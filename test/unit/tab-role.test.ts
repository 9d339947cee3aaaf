// A tab's part in the group that shares one connection (src/socket/tab-role.ts), as a table:
// every role against every event.
import { expect } from '@open-wc/testing';
import { TabRole } from '../../src/socket/tab-relay.js';
import { nextRole, type RoleEvent } from '../../src/socket/tab-role.js';

const { Off, Follower, Owner } = TabRole;

/** [role, event, the role after]: the whole table, three roles by four events. */
const TABLE: [TabRole, RoleEvent, TabRole][] = [
  [Off, 'join', Follower],
  [Follower, 'join', Follower],
  [Owner, 'join', Owner],
  [Off, 'granted', Off], // a grant for a tab that has left is let go
  [Follower, 'granted', Owner],
  [Owner, 'granted', Owner],
  [Off, 'lost', Off],
  [Follower, 'lost', Follower], // a queued request aborted by a take-over: it still follows
  [Owner, 'lost', Follower],
  [Off, 'leave', Off],
  [Follower, 'leave', Off],
  [Owner, 'leave', Off],
];

describe('a tab’s role: nextRole(role, event)', () => {
  for (const [role, event, after] of TABLE) {
    it(`${role} + ${event} → ${after}`, () => {
      expect(nextRole(role, event)).to.equal(after);
    });
  }

  it('covers every role against every event', () => {
    const roles = Object.values(TabRole);
    const events: RoleEvent[] = ['join', 'granted', 'lost', 'leave'];
    const listed = new Set(TABLE.map(([role, event]) => `${role} ${event}`));
    expect(listed.size).to.equal(roles.length * events.length);
  });
});
