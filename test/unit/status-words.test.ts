import { expect } from '@open-wc/testing';
import { enChat } from '../../src/i18n/en-chat.js';
import { en } from '../../src/i18n/en.js';
import { formatPlural } from '../../src/i18n/plural.js';
import { createTerm } from '../../src/i18n/term.js';
import { ConnectionProblem, SocketState } from '../../src/protocol/connection.js';
import { INITIAL_SOCKET_STATUS, next, type SocketStatus } from '../../src/socket/socket-status.js';
import { statusAnnouncement, statusLine } from '../../src/views/describe.js';

const t = createTerm('en', [enChat, en], formatPlural);
const lost = (status: SocketStatus, problem: ConnectionProblem) => next(status, { type: 'lost', problem, delayMs: 4_000, now: 0, suspended: false });
const firstTry = next(INITIAL_SOCKET_STATUS, { type: 'attempt' });
const wasOpen = next(firstTry, { type: 'authenticated', dialect: 'guide' });

describe('what the status line says about the connection', () => {
  it('a first visit that cannot connect is "not reached yet", never "connection lost"', () => {
    const waiting = lost(firstTry, ConnectionProblem.Unreachable);
    expect(waiting.state).to.equal(SocketState.Waiting);
    expect(statusLine(t, waiting, 0)).to.equal('Can’t reach the chat yet. Trying again in 4 s…');
    expect(statusAnnouncement(t, waiting)).to.equal('Can’t reach the chat yet. Trying again…');
    expect(statusLine(t, next(waiting, { type: 'attempt' }), 0)).to.equal('Connecting (attempt 2)…');
  });

  it('a connection that was open and is gone is "connection lost"', () => {
    const waiting = lost(wasOpen, ConnectionProblem.Unreachable);
    expect(statusLine(t, waiting, 0)).to.equal('Connection lost. Reconnecting in 4 s…');
    expect(statusAnnouncement(t, waiting)).to.equal('Connection lost. Reconnecting…');
    expect(statusLine(t, next(waiting, { type: 'attempt' }), 0)).to.equal('Reconnecting (attempt 2)…');
  });

  it('the platform’s own fault is said as such, whether or not it was open before', () => {
    expect(statusLine(t, lost(firstTry, ConnectionProblem.ServerError), 0)).to.equal('Server error. Reconnecting in 4 s…');
    expect(statusLine(t, lost(wasOpen, ConnectionProblem.ServerError), 0)).to.equal('Server error. Reconnecting in 4 s…');
  });

  it('offline says offline', () => {
    expect(statusLine(t, next(lost(firstTry, ConnectionProblem.Unreachable), { type: 'suspend' }), 0)).to.equal('Offline. The chat reconnects when you are back online.');
  });
});
