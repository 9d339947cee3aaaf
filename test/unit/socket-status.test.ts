import { expect } from '@open-wc/testing';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, decideOnClose, retryHint } from '../../src/protocol/close-codes.js';
import { MAX_TIMER_MS, timerDelay } from '../../src/ports/browser-ports.js';
import { INITIAL_SOCKET_STATUS, next, type SocketEvent, type SocketStatus } from '../../src/socket/socket-status.js';

const common = { attempt: 2, lastCloseCode: 1006, droppedFrames: 1, dialect: null };
const idle: SocketStatus = INITIAL_SOCKET_STATUS;
const connecting: SocketStatus = { ...common, state: 'connecting' };
const open: SocketStatus = { ...common, state: 'open' };
const waiting: SocketStatus = { ...common, state: 'waiting', problem: 'unreachable', nextDelayMs: 800, nextAttemptAt: 1800 };
const suspended: SocketStatus = { ...common, state: 'suspended', problem: 'unreachable' };
const closed: SocketStatus = { ...common, state: 'closed', problem: null };
const refused: SocketStatus = { ...common, state: 'closed', problem: 'tenant-refused' };

const lost = (suspend: boolean): SocketEvent => ({ type: 'lost', problem: 'server-error', closeCode: 1011, delayMs: 2000, now: 500, suspended: suspend });

/** [from, event, expected]: 'same' means the very same object (nothing changed, nobody is told). */
const TABLE: [string, SocketStatus, SocketEvent, SocketStatus | 'same'][] = [
  ['idle + attempt', idle, { type: 'attempt' }, { attempt: 1, lastCloseCode: null, droppedFrames: 0, dialect: null, state: 'connecting' }],
  ['waiting + attempt drops the wait', waiting, { type: 'attempt' }, { ...common, attempt: 3, state: 'connecting' }],
  ['connecting + authenticated', connecting, { type: 'authenticated', dialect: 'guide' }, { ...common, dialect: 'guide', state: 'open' }],
  ['connecting + joined (realtime) says its dialect', connecting, { type: 'authenticated', dialect: 'realtime' }, { ...common, dialect: 'realtime', state: 'open' }],
  ['open + authenticated', open, { type: 'authenticated', dialect: 'guide' }, 'same'],
  ['waiting + authenticated (a late frame)', waiting, { type: 'authenticated', dialect: 'guide' }, 'same'],
  ['open + stable resets attempts', open, { type: 'stable' }, { ...common, attempt: 0, state: 'open' }],
  ['connecting + stable', connecting, { type: 'stable' }, 'same'],
  ['open + lost', open, lost(false), { ...common, lastCloseCode: 1011, state: 'waiting', problem: 'server-error', nextDelayMs: 2000, nextAttemptAt: 2500 }],
  ['open + lost while hidden', open, lost(true), { ...common, lastCloseCode: 1011, state: 'suspended', problem: 'server-error' }],
  ['lost without a close code keeps the last one', open, { type: 'lost', problem: 'heartbeat-timeout', delayMs: 10, now: 0, suspended: false }, { ...common, state: 'waiting', problem: 'heartbeat-timeout', nextDelayMs: 10, nextAttemptAt: 10 }],
  ['connecting + stopped', connecting, { type: 'stopped', problem: 'tenant-refused', closeCode: 4003 }, { ...common, lastCloseCode: 4003, state: 'closed', problem: 'tenant-refused' }],
  ['waiting + suspend keeps the problem', waiting, { type: 'suspend' }, { ...common, state: 'suspended', problem: 'unreachable' }],
  ['open + suspend (an open link is kept)', open, { type: 'suspend' }, 'same'],
  ['suspended + suspend', suspended, { type: 'suspend' }, 'same'],
  ['open + disconnect', open, { type: 'disconnect' }, { ...common, state: 'closed', problem: null }],
  ['refused + disconnect forgets the problem', refused, { type: 'disconnect' }, { ...common, state: 'closed', problem: null }],
  ['closed + disconnect', closed, { type: 'disconnect' }, 'same'],
  ['open + frame-dropped counts', open, { type: 'frame-dropped' }, { ...common, droppedFrames: 2, state: 'open' }],
];

describe('socket status transitions: next(status, event)', () => {
  for (const [name, from, event, expected] of TABLE) {
    it(name, () => {
      const result = next(from, event);
      if (expected === 'same') expect(result).to.equal(from);
      else {
        expect(result).to.deep.equal(expected);
        expect(Object.isFrozen(result)).to.equal(true);
      }
    });
  }
});

describe('close codes', () => {
  it('one table: action and problem per code, anything else reconnects', () => {
    expect(decideOnClose(4001)).to.deep.equal({ action: 'stop', problem: 'auth-failed' });
    expect(decideOnClose(4004)).to.deep.equal({ action: 'recreate-chat', problem: 'chat-not-found' });
    expect(decideOnClose(1011)).to.deep.equal({ action: 'reconnect-slowly', problem: 'server-error' });
    expect(decideOnClose(1000)).to.deep.equal({ action: 'reconnect', problem: 'unreachable' });
    expect(decideOnClose(4999)).to.deep.equal({ action: 'reconnect', problem: 'unreachable' });
  });

  it('retry_after: the named value or a bare number, never stray digits', () => {
    expect(parseRetryAfter('retry_after_ms=1500')).to.equal(1500);
    expect(parseRetryAfter('rate limited; retry_after_ms: 2500 please')).to.equal(2500);
    expect(parseRetryAfter(' 3000 ')).to.equal(3000);
    expect(parseRetryAfter('Too many connections from 10.0.0.1')).to.equal(null);
    expect(parseRetryAfter('limit 20 per minute')).to.equal(null);
    expect(parseRetryAfter('')).to.equal(null);
    expect(parseRetryAfter(null)).to.equal(null);
  });

  it('retry_after: a platform hint is clamped to 5 minutes, and only plain digits count', () => {
    expect(parseRetryAfter('retry_after_ms=999999999')).to.equal(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('retry_after_ms=1e12')).to.equal(null);
    expect(parseRetryAfter('retry_after_ms=12.5')).to.equal(null);
    expect(parseRetryAfter('x_retry_after_ms=1500')).to.equal(null);
    expect(parseRetryAfter('99999999999999999999')).to.equal(null);
    expect([retryHint(1e12), retryHint(Infinity), retryHint(NaN), retryHint(-5), retryHint('7000'), retryHint(7000)]).to.deep.equal([MAX_RETRY_AFTER_MS, null, null, null, null, 7000]);
    expect(MAX_RETRY_AFTER_MS).to.equal(300_000);
  });

  it('every timer delay is clamped to what a browser timer keeps (2³¹−1 ms): never "at once" for a huge one', () => {
    expect([timerDelay(1e12), timerDelay(Infinity), timerDelay(2 ** 31), timerDelay(-1), timerDelay(NaN), timerDelay(1500)]).to.deep.equal([MAX_TIMER_MS, MAX_TIMER_MS, MAX_TIMER_MS, 0, 0, 1500]);
    expect(MAX_TIMER_MS).to.equal(2 ** 31 - 1);
  });
});
