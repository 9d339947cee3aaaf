// Sliding-window limits: new messages per chat, and per client address (chats, the demo backend).
import { LIMITS } from './validate.mjs';

/**
 * At most `limit` events per key in any `windowMs`; `waitMs(key)` counts one and answers 0, or how
 * long until one more is allowed (then nothing is counted).
 */
export function windowLimiter(limit, windowMs, now = () => Date.now()) {
  const recent = new Map();
  return {
    waitMs(key) {
      const at = now();
      const times = (recent.get(key) ?? []).filter((t) => at - t < windowMs);
      recent.set(key, times);
      if (times.length >= limit) return windowMs - (at - times[0]);
      times.push(at);
      return 0;
    },
  };
}

/**
 * At most LIMITS.sendsPerWindow new messages per chat in any LIMITS.sendWindowMs; a retry of a
 * message already counted (same client_message_id) is free, since sends are idempotent.
 */
export function sendRateLimiter(now = () => Date.now()) {
  const recent = new Map();
  return {
    waitMs(chatId, clientId) {
      const at = now();
      const sends = (recent.get(chatId) ?? []).filter((s) => at - s.at < LIMITS.sendWindowMs);
      recent.set(chatId, sends);
      if (clientId && sends.some((s) => s.clientId === clientId)) return 0;
      if (sends.length >= LIMITS.sendsPerWindow) return LIMITS.sendWindowMs - (at - sends[0].at);
      sends.push({ at, clientId });
      return 0;
    },
  };
}
