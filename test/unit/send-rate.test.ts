import { expect } from '@open-wc/testing';
import { SEND_BURST, SendRate } from '../../src/session/send-rate.js';

describe('the send rate', () => {
  it(`lets a burst of ${SEND_BURST} through, then one a second`, () => {
    let now = 0;
    const rate = new SendRate(() => now);
    const burst = Array.from({ length: 8 }, () => rate.take());
    expect(burst).to.deep.equal([true, true, true, true, true, false, false, false]);
    now += 999;
    expect(rate.take()).to.equal(false);
    now += 1;
    expect(rate.take()).to.equal(true);
    expect(rate.take()).to.equal(false);
    now += 60_000; // a quiet minute fills the burst again, no more
    expect(Array.from({ length: 6 }, () => rate.take()).filter(Boolean)).to.have.length(SEND_BURST);
  });
});
