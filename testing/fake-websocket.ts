import type { WebSocketFactory } from '../src/ports/ports.js';

/** A WebSocket whose events the test fires by hand (late, out of order, or never). */
export class FakeWebSocket {
  readyState = 0;
  sent: string[] = [];
  closedWith: number | null = null;
  private listeners: Record<string, Set<(e: unknown) => void>> = {};
  constructor(readonly url: string) {}
  addEventListener(type: string, fn: (e: unknown) => void) {
    (this.listeners[type] ??= new Set()).add(fn);
  }
  removeEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners[type]?.delete(fn);
  }
  listenerCount() {
    return Object.values(this.listeners).reduce((n, s) => n + s.size, 0);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedWith = code;
    this.readyState = 3;
  }
  fire(type: string, event: unknown = {}) {
    for (const fn of [...(this.listeners[type] ?? [])]) fn(event);
  }
  /** The browser's `open`. */
  open() {
    this.readyState = 1;
    this.fire('open');
  }
  /** A frame from the platform. */
  receive(frame: unknown) {
    this.fire('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }
  /** The platform closed the link. */
  closeFromServer(code: number, reason = '') {
    this.readyState = 3;
    this.fire('close', { code, reason });
  }
}

/** A WebSocket constructor to inject, and every socket it made. */
export function fakeWebSockets() {
  const instances: FakeWebSocket[] = [];
  const WebSocket = class extends FakeWebSocket {
    constructor(url: string) {
      super(url);
      instances.push(this);
    }
  } as unknown as WebSocketFactory;
  return { WebSocket, instances, last: () => instances[instances.length - 1] };
}
