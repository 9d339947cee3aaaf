/**
 * How fast a visitor may send: a burst of a few messages, then one a second (a token bucket on
 * an injected clock). Nobody types faster; a script calling `send()` in a loop would otherwise
 * queue thousands of messages, and the platform answers 429 past its own limit anyway.
 */
import { SEND_BURST, SEND_INTERVAL_MS } from '../state/send-pace.js';

export { SEND_BURST, SEND_INTERVAL_MS };

export class SendRate {
  private tokens = SEND_BURST;
  private last: number;

  constructor(private readonly now: () => number) {
    this.last = now();
  }

  /** Takes one send if the rate allows it now. */
  take(): boolean {
    const at = this.now();
    this.tokens = Math.min(SEND_BURST, this.tokens + (at - this.last) / SEND_INTERVAL_MS);
    this.last = at;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
