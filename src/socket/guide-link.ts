/**
 * One link's handshake and frames in the `guide` dialect (docs/protocol.md): the widget speaks
 * first (`auth`), and the link is open at `auth_success`, at the first frame of ours, or after a
 * grace period with no close and no `error` (the guide's platform may acknowledge nothing). A
 * platform that greets before it is spoken to is a realtime one: the socket is told, unless the
 * element pins `guide`.
 */
import type { CloseTable } from '../protocol/close-codes.js';
import { GREETINGS } from '../protocol/dialect.js';
import { parseServerFrame } from '../protocol/parse.js';
import type { AuthFrame, ClientFrame } from '../protocol/types.js';
import type { Link, LinkHost } from './link-host.js';

export interface GuideHost extends LinkHost {
  authData: () => AuthFrame['data'];
  graceMs: number;
  /** The platform asked to be retried no sooner than this (an `error` frame's `retry_after_ms`). */
  retryAfter: (ms: number) => void;
  /** The platform greeted first (`payload`): a realtime one, unless `guide` is pinned (then undefined). */
  greeted?: (payload: unknown) => void;
}

export class GuideLink implements Link {
  /** Where the dialect was only guessed (dialect-link.ts): a refusal that means "the other one". */
  closeCodes?: CloseTable;
  closed?: (code: number) => void;
  /** `auth`: sent, or answered with an `error` frame (then the link is not assumed open). */
  private auth: 'sent' | 'refused' = 'sent';
  private open = false;

  constructor(private readonly host: GuideHost) {
    this.reauth();
    // No close and no error through the grace period: the platform is one that does not acknowledge.
    host.timer(host.graceMs, () => {
      if (this.auth === 'refused') host.failLink('auth refused');
      else this.opens(null, 'grace');
    });
  }

  /** One inbound payload. */
  message(payload: unknown): void {
    const { host } = this;
    const parsed = parseServerFrame(payload);
    if (!parsed.ok) return host.dropped(parsed.reason);
    const { frame } = parsed;
    if (!frame) {
      if (!this.open && host.greeted && GREETINGS.has(parsed.ignoredType)) host.greeted(payload);
      return;
    }
    if (frame.type === 'auth_success' && !this.open) return this.opens(frame.data, 'auth_success');
    if (frame.type === 'pong') return host.ponged();
    if (frame.type === 'error') {
      host.log(`platform error ${frame.data.code}: ${frame.data.message}`);
      if (frame.data.retry_after_ms !== undefined) host.retryAfter(frame.data.retry_after_ms);
      if (!this.open) return void (this.auth = 'refused');
    }
    // A frame of ours on a link that sent `auth` and is not open yet: the platform took it without a word.
    if (!this.open && this.auth === 'sent') this.opens(null, 'frame');
    if (this.open) host.frame(frame);
  }

  send(frame: ClientFrame): void {
    this.host.write(frame);
  }

  /** Sends `auth` (again, when the visitor secret became known: even before `auth_success`). */
  reauth(): void {
    this.host.write({ type: 'auth', data: this.host.authData() } satisfies AuthFrame);
  }

  private opens(data: Parameters<LinkHost['opened']>[0], by: Parameters<LinkHost['opened']>[1]): void {
    this.open = true;
    this.host.opened(data, by);
  }
}
