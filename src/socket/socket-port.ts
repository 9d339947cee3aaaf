/**
 * What a session needs of its socket, whichever it has: a ChatSocket of its own, or a
 * SharedSocket through which the tabs of a site share one connection (shared-socket.ts).
 */
import type { ChatSocket } from './chat-socket.js';

export type SocketPort = Pick<
  ChatSocket,
  | 'connect'
  | 'wake'
  | 'disconnect'
  | 'onStatus'
  | 'onFrame'
  | 'status'
  | 'setSuspended'
  | 'send'
  | 'block'
  | 'reauth'
  | 'acknowledgement'
>;
