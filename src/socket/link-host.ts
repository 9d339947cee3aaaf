/**
 * The one interface between the chat socket and a link's dialect (guide-link.ts,
 * realtime-link.ts): the socket owns the WebSocket, its timers, backoff and status; a link owns
 * its handshake and reads its frames into the widget's own.
 */
import type { CloseTable } from '../protocol/close-codes.js';
import type { AuthSuccess, ClientFrame, ServerFrame } from '../protocol/types.js';
import type { OpenedBy } from './socket-options.js';

/** What a link may do through its socket. */
export interface LinkHost {
  /** Writes a frame on this link. */
  write: (frame: object) => void;
  /** The link counts as open (`ack`: what `auth_success` said, where it came). */
  opened: (ack: AuthSuccess | null, by: OpenedBy) => void;
  /** A frame of the widget's protocol, for the session. */
  frame: (frame: ServerFrame) => void;
  /** An inbound payload that could not be read (it is counted). */
  dropped: (reason: string) => void;
  /** The platform answered a ping. */
  ponged: () => void;
  /** The handshake's one timer (replaces the previous one; cleared when the link opens or goes). */
  timer: (ms: number, run: () => void) => void;
  /** The handshake failed: the link is replaced. */
  failLink: (reason: string) => void;
  log: (text: string) => void;
  now: () => number;
}

/** What the socket asks of a link, whatever its dialect. */
export interface Link {
  message: (payload: unknown) => void;
  send: (frame: ClientFrame) => void;
  reauth: () => void;
  /** The dialect's own close codes, where it has its own (protocol/close-codes.ts). */
  readonly closeCodes?: CloseTable;
  /** The platform closed the link with `code` (before the table decides what follows). */
  closed?: (code: number) => void;
}
