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
import type { HistorySync } from './history-sync.js';
import type { Identity } from './identity.js';
import type { ChatSessionOptions, SocketPort } from './session-options.js';

export class Handshake {
  /** A 4001 is answered once with a new token; a second in a row is a real refusal. */
  private tokenRetried = false;
  /** The token the last `auth` carried: a 4001 refuses that one. */
  private sentToken: string | null = null;
  /** The link is open (its acknowledgement was read). */
  private linkOpen = false;

  constructor(
    private readonly options: Pick<ChatSessionOptions, 'tenantId' | 'page' | 'visitor' | 'authToken'>,
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
    const data = authPayload({ ...this.identity.ids(), tenantId: this.options.tenantId, userAgent, pageUrl: url, lastSeq: this.lastSeq(), token: this.sentToken, visitor });
    return resume ? { ...data, resume } : data;
  }

  /** Connects `socket`; where the site gives tokens, the first `auth` waits for one. `current`: still the session's socket. */
  open(socket: SocketPort, current: () => boolean): void {
    const token = this.options.authToken;
    if (token.wanted && token.value === null) void token.get().then(() => current() && socket.connect());
    else socket.connect();
  }

  /**
   * A status change: a link that opens brings its acknowledgement; a refused token is replaced
   * (true: the session waits for the retry, showing no error).
   */
  statusChanged(status: SocketStatus, socket: SocketPort | null, current: () => boolean): boolean {
    const opened = status.state === SocketState.Open && !this.linkOpen;
    this.linkOpen = status.state === SocketState.Open;
    if (opened) {
      this.tokenRetried = false;
      this.acknowledged(socket?.acknowledgement ?? {}, false);
    }
    if (status.state !== SocketState.Closed || status.problem !== ConnectionProblem.AuthFailed || !this.options.authToken.wanted || this.tokenRetried) return false;
    this.tokenRetried = true;
    void this.options.authToken.refresh(this.sentToken).then(() => current() && socket?.connect());
    return true;
  }

  /**
   * `auth` acknowledged: when the link opened (`reauth` false), or again on an open link (the
   * socket forwards only those), whose chat another tab may have started: it catches up.
   */
  acknowledged(data: { chat_id?: string; visitor_secret?: string }, reauth: boolean): void {
    if (this.options.visitor?.hash && this.identity.resume(data.chat_id ?? null, data.visitor_secret ?? null)) void this.history.load();
    else if (reauth) this.history.catchUp();
  }
}
