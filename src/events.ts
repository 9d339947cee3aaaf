/**
 * The element's events: `miptech-` prefixed, bubbling and composed CustomEvents, typed on
 * HTMLElementEventMap so `el.addEventListener('miptech-error', e => e.detail…)` type-checks.
 */
import type { Dialect } from './protocol/dialect.js';
import type { ConfigProblem } from './config/config.js';
import type { ConnectionProblem, SocketState } from './protocol/connection.js';

export const EVENTS = {
  ready: 'miptech-ready',
  open: 'miptech-open',
  close: 'miptech-close',
  messageSend: 'miptech-message-send',
  message: 'miptech-message',
  connectionChange: 'miptech-connection-change',
  error: 'miptech-error',
  feedback: 'miptech-feedback',
  unreadChange: 'miptech-unread-change',
  consentChange: 'miptech-consent-change',
} as const;

/**
 * `config`: attributes that cannot be used. `connection`, `send`: the platform cannot be reached
 * or refused a message. `policy`: the page's Trusted Types policy keeps the widget from starting
 * (fired by the loader's fail-closed guard, scripts/rollup/fail-closed.mjs); `startup`: anything
 * else that kept it from starting.
 */
export type ErrorKind = 'config' | 'connection' | 'send' | 'policy' | 'startup';

export interface MiptechErrorDetail {
  kind: ErrorKind;
  message: string;
  /** For `config`: each attribute that cannot be used, and why. */
  problems?: readonly ConfigProblem[];
  /** For `connection`: the platform's close code behind it, if any (visitors are not shown codes). */
  closeCode?: number | null;
}

export interface MiptechMessageSendDetail {
  text: string;
}

export interface MiptechMessageDetail {
  id: string;
  content: string;
  sources: readonly { title: string; url: string }[];
}

export interface MiptechFeedbackDetail {
  messageId: string;
  rating: 'up' | 'down';
  comment?: string;
}

export interface MiptechConnectionChangeDetail {
  state: SocketState;
  attempt: number;
  nextDelayMs: number | null;
  problem: ConnectionProblem | null;
  /** The platform's protocol on the last connection that opened (`guide` or `realtime`), or null before one did. */
  protocol: Dialect | null;
}

declare global {
  interface HTMLElementEventMap {
    'miptech-ready': CustomEvent<{ version: string }>;
    'miptech-open': CustomEvent<Record<string, never>>;
    'miptech-close': CustomEvent<Record<string, never>>;
    'miptech-message-send': CustomEvent<MiptechMessageSendDetail>;
    'miptech-message': CustomEvent<MiptechMessageDetail>;
    'miptech-connection-change': CustomEvent<MiptechConnectionChangeDetail>;
    'miptech-error': CustomEvent<MiptechErrorDetail>;
    'miptech-feedback': CustomEvent<MiptechFeedbackDetail>;
    'miptech-unread-change': CustomEvent<{ count: number }>;
    'miptech-consent-change': CustomEvent<{ accepted: boolean }>;
  }
}

/** Dispatches a miptech event; returns false when a listener cancelled a cancelable one. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
