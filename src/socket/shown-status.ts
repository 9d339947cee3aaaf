/**
 * The socket status a tab of a shared connection shows (shared-socket.ts), whoever holds the real
 * socket: its own socket's while it owns the connection, the owner's as relayed while it follows,
 * and its own steps (joining, the owner gone, leaving). Dropped frames keep counting up across
 * owners (each socket starts at 0), so the session still notices every drop and catches up. (A
 * closure, not a class, as owner-watch.ts says why.)
 */
import { listeners } from '../ports/listeners.js';
import type { AuthSuccess } from '../protocol/types.js';
import { INITIAL_SOCKET_STATUS, next, type SocketEvent, type SocketStatus } from './socket-status.js';

export interface ShownStatus {
  current(): SocketStatus;
  /** What `auth_success` said when the link shown opened. */
  acknowledgement(): AuthSuccess | null;
  /** Called with the new status after every change; returns an unsubscribe function. */
  onStatus(listener: (status: SocketStatus) => void): () => void;
  /** This tab opens a socket of its own: its count of dropped frames starts at 0. */
  ownSocket(): void;
  /** Shows `status`, as a socket (this tab's, or the owner's) reported it. */
  show(status: SocketStatus, ack: AuthSuccess | null): void;
  /** A change of this tab's own (joining, the owner gone, leaving): no frame was dropped by it. */
  step(event: SocketEvent, ack?: AuthSuccess | null): void;
}

export function shownStatus(): ShownStatus {
  let current: SocketStatus = INITIAL_SOCKET_STATUS;
  let acknowledgement: AuthSuccess | null = null;
  /** The last dropped-frame count the socket shown reported. */
  let seenDropped = 0;
  const subscribers = listeners<SocketStatus>();
  const show = (status: SocketStatus, ack: AuthSuccess | null) => {
    const reported = status.droppedFrames;
    const added = reported >= seenDropped ? reported - seenDropped : reported;
    seenDropped = reported;
    current = Object.freeze({ ...status, droppedFrames: current.droppedFrames + added });
    acknowledgement = ack;
    subscribers.emit(current);
  };
  return {
    current: () => current,
    acknowledgement: () => acknowledgement,
    onStatus: (listener) => subscribers.add(listener),
    ownSocket: () => {
      seenDropped = 0;
    },
    show,
    step: (event, ack = acknowledgement) => show({ ...next(current, event), droppedFrames: seenDropped }, ack),
  };
}
