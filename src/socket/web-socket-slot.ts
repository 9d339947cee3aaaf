/**
 * The chat socket's WebSocket, one at a time, numbered: each one put in the slot starts a new
 * generation, and only the current one's events get through. A late `close` from a socket that
 * was replaced, or a message that was already on its way, changes nothing. (A closure, not a
 * class, as owner-watch.ts says why.)
 */
import { listen } from '../ports/listeners.js';
import type { WebSocketLike } from '../ports/ports.js';

export interface SlotEvents {
  open: () => void;
  message: (data: unknown) => void;
  close: (code: number, reason: string) => void;
}

export interface WebSocketSlot {
  /** Counts every WebSocket put in and every one forgotten: a generation is current until either happens. */
  generation(): number;
  /** Whether a WebSocket is in the slot (`open`: and open, not still opening). */
  holds(open?: boolean): boolean;
  /** Puts `ws` in the slot: its events go to `on` for as long as it is the current one. */
  fill(ws: WebSocketLike, on: SlotEvents): void;
  /** Sends `frame` as JSON on the WebSocket in the slot, if there is one. */
  write(frame: unknown): void;
  /**
   * Empties the slot, closing what was in it with `code` (its late events are ignored from here
   * on); without a code, it closed itself and is only forgotten.
   */
  empty(code?: number, reason?: string): void;
}

export function webSocketSlot(): WebSocketSlot {
  let generation = 0;
  let ws: WebSocketLike | null = null;
  let detach: (() => void) | null = null;
  return {
    generation: () => generation,
    holds: (open = false) => (open ? ws?.readyState === 1 : ws !== null),
    fill(socket, on) {
      const mine = ++generation;
      const current = () => mine === generation;
      ws = socket;
      detach = listen(socket, {
        open: () => current() && on.open(),
        message: (event) => current() && on.message((event as MessageEvent).data),
        close: (event) => current() && on.close((event as CloseEvent).code, (event as CloseEvent).reason),
      });
    },
    write: (frame) => ws?.send(JSON.stringify(frame)),
    empty(code, reason) {
      const was = ws;
      generation += 1;
      detach?.();
      [detach, ws] = [null, null];
      if (code === undefined || !was || was.readyState >= 2) return;
      try {
        was.close(code, reason);
      } catch {
        // Already closing, or a code the browser refuses: the socket is forgotten either way.
      }
    },
  };
}
