/**
 * One link's handshake and frames in the `realtime` dialect (protocol/dialects/realtime.ts): wait
 * for `connection_ready` (or 1 s after the greeting at the latest, as G3's client did), send
 * `join_chat`, and count the link open when the platform names the chat, or when it stays quiet
 * for the grace period after joining (G4 may name it only with the first answer). The platform
 * must let the widget join within JOIN_DEADLINE_MS (its own deadline is 10 s, 4408). Frames of the
 * widget's protocol go on to the socket; pings are answered.
 */
import { REALTIME_CLOSE_CODES } from '../protocol/dialects/realtime-close.js';
import { readFrame } from '../protocol/parse.js';
import { NEW_READING, asked, joinChatFrame, pongFrame, readRealtime } from '../protocol/dialects/realtime.js';
import type { RealtimeEvent, RealtimeReading } from '../protocol/dialects/realtime.js';
import type { ClientFrame } from '../protocol/types.js';
import type { Link, LinkHost } from './link-host.js';

/** The longest a link may take from `open` to joined: the platform's own join deadline. */
export const JOIN_DEADLINE_MS = 10_000;
/**
 * After `connection_established`, `join_chat` goes out by this time even if `connection_ready`
 * has not come (G3's fallback).
 */
export const JOIN_FALLBACK_MS = 1_000;

export interface RealtimeHost extends LinkHost {
  /** The chat to rejoin and the site's token, as they are now. */
  join: () => { tenantId: string; chatId: string | null; token: string | null };
}

export class RealtimeLink implements Link {
  readonly closeCodes = REALTIME_CLOSE_CODES;
  private reading: RealtimeReading = NEW_READING;
  private joined = false;
  private open = false;
  private ready = false;
  private readonly openedAt: number;

  constructor(private readonly host: RealtimeHost) {
    this.openedAt = host.now();
    this.wait();
  }

  /** One inbound payload. */
  message(payload: unknown): void {
    const read = readFrame(payload);
    if (!read.ok) return this.host.dropped(read.reason);
    const now = new Date(this.host.now()).toISOString();
    const [reading, events] = readRealtime(this.reading, read.raw, read.type, now);
    this.reading = reading;
    for (const event of events) this.act(event);
  }

  /** What one event of the dialect means for the link. */
  private act(event: RealtimeEvent): void {
    switch (event.kind) {
      case 'greeting':
        return this.wait(JOIN_FALLBACK_MS);
      case 'ready':
        return this.readied();
      case 'ping':
        return this.host.write(pongFrame(this.host.now()));
      case 'pong':
        return this.host.ponged();
      case 'chat':
        // The session learns the chat first: questions waiting for the link go out to it.
        this.host.frame({ type: 'chat_joined', data: { chat_id: event.chatId } });
        return this.opens(event.chatId);
      default:
        if (this.joined) this.opens(null);
        if (this.open) this.host.frame(event.frame);
    }
  }

  /** A frame the session sends: a question is remembered, so its answer says what it answers. */
  send(frame: ClientFrame): void {
    if (frame.type === 'chat_message') this.reading = asked(this.reading, frame.message_id);
    this.host.write(frame);
  }

  /** A realtime platform takes no second `auth`: the join carries what it needs. */
  reauth(): void {}

  /** Joins now, or by `ms` from now; the join deadline runs from `open`. */
  private wait(ms?: number): void {
    const deadline = this.openedAt + JOIN_DEADLINE_MS - this.host.now();
    if (ms !== undefined && ms < deadline) this.host.timer(ms, () => this.sendJoin());
    else this.host.timer(Math.max(0, deadline), () => this.host.failLink('not joined in time'));
  }

  /**
   * `connection_ready`: join now; one that came after a fallback join opens the link shortly,
   * unless the chat is named first.
   */
  private readied(): void {
    if (this.ready) return;
    this.ready = true;
    if (this.joined) this.host.timer(JOIN_FALLBACK_MS, () => this.opens(null));
    else this.sendJoin();
  }

  private sendJoin(): void {
    if (this.joined) return;
    const { tenantId, chatId, token } = this.host.join();
    this.host.write(joinChatFrame(tenantId, chatId, token));
    this.joined = true;
    // The chat's name may come only with the first answer: a quiet, ready link is open.
    this.host.timer(JOIN_FALLBACK_MS, () => (this.ready ? this.opens(null) : this.wait()));
  }

  private opens(chatId: string | null): void {
    if (this.open) return;
    this.open = true;
    this.host.opened(null, chatId ? 'joined' : 'grace');
  }
}
