/**
 * How fast a visitor may send: a burst of a few messages, then one a second (a token bucket on
 * an injected clock). Nobody types faster; a script calling `send()` in a loop would otherwise
 * queue thousands of messages, and the platform answers 429 past its own limit anyway.
 */
import { SEND_BURST, SEND_INTERVAL_MS } from '../state/send-pace.js';

export { SEND_BURST, SEND_INTERVAL_MS };

/** Returns `take`: takes one send if the rate allows it now. */
export function sendRate(now: () => number): () => boolean {
  let tokens: number = SEND_BURST;
  let last = now();
  return () => {
    const at = now();
    tokens = Math.min(SEND_BURST, tokens + (at - last) / SEND_INTERVAL_MS);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
