import { expect } from '@open-wc/testing';
import { SEND_BURST, sendRate } from '../../src/session/send-rate.js';

describe('the send rate', () => {
  it(`lets a burst of ${SEND_BURST} through, then one a second`, () => {
    let now = 0;
    const take = sendRate(() => now);
    const burst = Array.from({ length: 8 }, () => take());
    expect(burst).to.deep.equal([true, true, true, true, true, false, false, false]);
    now += 999;
    expect(take()).to.equal(false);
    now += 1;
    expect(take()).to.equal(true);
    expect(take()).to.equal(false);
    now += 60_000; // a quiet minute fills the burst again, no more
    expect(Array.from({ length: 6 }, () => take()).filter(Boolean)).to.have.length(SEND_BURST);
  });
});
