import { expect } from '@open-wc/testing';
import { Backoff, DEFAULT_BACKOFF } from '../../src/socket/backoff.js';
import { seededRandom } from '../../testing/fake-scheduler.js';

describe('Backoff (equal jitter)', () => {
  it('draws each delay from [ceiling/2, ceiling], ceiling = min(cap, base·2^attempt)', () => {
    const backoff = new Backoff({ baseMs: 2000, capMs: 10_000, random: seededRandom(7) });
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const ceiling = Math.min(10_000, 2000 * 2 ** attempt);
      expect(backoff.next(), `attempt ${attempt}`).to.be.within(ceiling / 2, ceiling);
    }
  });

  it('defaults: the first retry between 2.5 and 5 s, never later than 10 s', () => {
    expect(DEFAULT_BACKOFF).to.deep.equal({ baseMs: 5000, capMs: 10_000 });
    const low = new Backoff({ random: () => 0 });
    expect([low.next(), low.next(), low.next()]).to.deep.equal([2500, 5000, 5000]);
    const high = new Backoff({ random: () => 0.9999999 });
    expect([high.next(), high.next(), high.next()]).to.deep.equal([5000, 10_000, 10_000]);
  });

  it('never exceeds the cap, however many attempts', () => {
    const backoff = new Backoff({ baseMs: 1000, capMs: 30_000, random: () => 0.999999 });
    for (let i = 0; i < 200; i += 1) expect(backoff.next()).to.be.at.most(30_000);
    expect(backoff.ceilingMs(5000)).to.equal(30_000);
  });

  it('recomputes jitter on every attempt (no fixed jitter per page)', () => {
    const backoff = new Backoff({ baseMs: 1000, capMs: 30_000, random: seededRandom(3) });
    const fractions = Array.from({ length: 6 }, (_, n) => backoff.next() / Math.min(30_000, 1000 * 2 ** n));
    expect(new Set(fractions.map((f) => f.toFixed(3))).size).to.equal(6);
  });

  it('spreads a fleet: 1,000 seeded clients do not pick the same delay', () => {
    const random = seededRandom(42);
    const delays = Array.from({ length: 1000 }, () => new Backoff({ random }).next());
    expect(new Set(delays).size).to.be.greaterThan(600);
    const mean = delays.reduce((a, b) => a + b, 0) / delays.length;
    expect(mean).to.be.within(3500, 4000);
  });

  it('a floor raises the lower bound (slow retries after a server error) but not above the cap', () => {
    const backoff = new Backoff({ random: () => 0 });
    expect(backoff.next(3000)).to.equal(3000);
    expect(new Backoff({ random: () => 0 }).next(90_000)).to.equal(10_000);
  });

  it('reset() starts the windows over', () => {
    const backoff = new Backoff({ random: () => 0.9999999 });
    backoff.next();
    backoff.next();
    expect(backoff.attempt).to.equal(2);
    backoff.reset();
    expect(backoff.attempt).to.equal(0);
    expect(backoff.next()).to.equal(5000);
  });
});
