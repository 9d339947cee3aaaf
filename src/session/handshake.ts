/**
 * The session's side of the socket handshake (docs/protocol.md): what `auth` says (ids, page,
 * the site's token and visitor), waiting for a token before the first `auth`, one new token
 * when the platform refuses it (4001), and what an acknowledgement brings (a verified visitor's
 * chat from another device; after a re-auth, what came before it).
 */
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import { authPayload, chatSocketUrl } from '../protocol/endpoints.js';
import type { AuthFrame } from '../protocol/types.js';
import type { SocketStatus } from '../socket/socket-status.js';
import { TabRole } from '../socket/tab-relay.js';
import type { HistorySync } from './history-sync.js';
import type { Identity } from './identity.js';
import type { ChatSessionOptions, SocketPort } from './session-options.js';

/**
 * At most one new token per this long for 4001s: a platform that acknowledges `auth` and then
 * closes 4001 at once would otherwise get a socket and a `getAuthToken` call per round trip.
 */
export const TOKEN_REFRESH_INTERVAL_MS = 30_000;

export class Handshake {
  /** When a 4001 last fetched a new token: a second 4001 within the interval is a real refusal, shown. */
  private refreshedAt: number | null = null;
  /** The token the last `auth` carried: a 4001 refuses that one. */
  private sentToken: string | null = null;

  constructor(
    private readonly options: Pick<ChatSessionOptions, 'tenantId' | 'page' | 'visitor' | 'authToken' | 'scheduler'>,
    private readonly identity: Identity,
    private readonly history: HistorySync,
    private readonly lastSeq: () => number,
  ) {}

  /** The socket's URL, built for each connection: its session id is the one `auth` will carry. */
  socketUrl(wsUrl: string): string {
    this.identity.sync();
    return chatSocketUrl(wsUrl, this.options.tenantId, this.identity.sessionId);
  }

  /** The `auth` frame's data, built when the socket opens. */
  data(): AuthFrame['data'] {
    // Another instance on this page may have learned the chat or secret (no storage event here).
    this.identity.sync();
    const { userAgent, url } = this.options.page();
    const { visitor, authToken } = this.options;
    // A verified visitor on a device that never had a chat for them asks for their latest one back.
    const resume = Boolean(visitor?.hash) && this.identity.fresh;
    this.sentToken = authToken.value;
    const data = authPayload({
      ...this.identity.ids(),
      tenantId: this.options.tenantId,
      userAgent,
      pageUrl: url,
      lastSeq: this.lastSeq(),
      token: this.sentToken,
      visitor,
    });
    return resume ? { ...data, resume } : data;
  }

  /** The site's token for a realtime `join_chat`, remembered as for `auth`: a 4401 refuses that one. */
  joinToken(): string | null {
    return (this.sentToken = this.options.authToken.value);
  }

  /**
   * Connects `socket`; where the site gives tokens, the first `auth` waits for one. `current`: still
   * the session's socket.
   */
  open(socket: SocketPort, current: () => boolean): void {
    const token = this.options.authToken;
    if (token.wanted && token.value === null) void token.get().then(() => current() && socket.connect());
    else socket.connect();
  }

  /**
   * A status change (`opened`: the session's link has just opened, session-phase.ts): a link
   * that opens brings its acknowledgement; a refused token is replaced, once per
   * TOKEN_REFRESH_INTERVAL_MS (true: the session waits for the retry, showing no error).
   * An acknowledgement in between does not reset that: the 4001 that follows it is still the
   * second refusal in a row. A tab that follows another's connection waits the same way, but
   * fetches no token and asks for no reconnect: the tab holding the connection does both.
   */
  statusChanged(status: SocketStatus, opened: boolean, socket: SocketPort | null, current: () => boolean): boolean {
    if (opened) this.acknowledged(socket?.acknowledgement ?? {}, false);
    if (
      status.state !== SocketState.Closed ||
      status.problem !== ConnectionProblem.AuthFailed ||
      !this.options.authToken.wanted
    )
      return false;
    const now = this.options.scheduler.now();
    if (this.refreshedAt !== null && now - this.refreshedAt < TOKEN_REFRESH_INTERVAL_MS) return false;
    this.refreshedAt = now;
    const follower = (socket as { role?: string } | null)?.role === TabRole.Follower;
    if (!follower) void this.options.authToken.refresh(this.sentToken).then(() => current() && socket?.connect());
    return true;
  }

  /**
   * `auth` acknowledged: when the link opened (`reauth` false), or again on an open link (the
   * socket forwards only those), whose chat another tab may have started: it catches up.
   */
  acknowledged(data: { chat_id?: string; visitor_secret?: string }, reauth: boolean): void {
    if (this.options.visitor?.hash && this.identity.resume(data.chat_id ?? null, data.visitor_secret ?? null))
      void this.history.load();
    else if (reauth) this.history.catchUp();
  }
}
