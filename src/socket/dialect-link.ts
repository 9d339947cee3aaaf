/**
 * Which dialect a new link speaks, and its link (guide-link.ts or realtime-link.ts): the one the
 * element pins with `protocol`, else the one remembered for this platform, else none yet (the
 * socket waits a moment for a greeting). A link whose realtime handshake fails forgets what was
 * remembered, so the next one asks again.
 */
import type { Logger } from '../log/logger.js';
import type { WebSocketFactory, WebSocketLike } from '../ports/ports.js';
import { CLOSE_CODES, CloseAction, type CloseTable } from '../protocol/close-codes.js';
import { ConnectionProblem } from '../protocol/connection.js';
import { Dialect } from '../protocol/dialect.js';
import type { AuthFrame, ClientFrame } from '../protocol/types.js';
import { GuideLink } from './guide-link.js';
import type { Link, LinkHost } from './link-host.js';
import type { DialectChoice } from './socket-options.js';

/** The dialect to speak as soon as the link opens, or null to wait for the platform to speak first. */
export function knownDialect(choice: DialectChoice | undefined): Dialect | null {
  if (!choice) return Dialect.Guide;
  return choice.setting === 'auto' ? choice.remembered() : choice.setting;
}

type RealtimeCode = Pick<typeof import('./realtime-link.js'), 'RealtimeLink'>;

export interface LinkParts {
  choice: DialectChoice | undefined;
  authData: () => AuthFrame['data'];
  graceMs: number;
  retryAfter: (ms: number) => void;
  /** A guide link was greeted: the socket turns it realtime. */
  greeted: (payload: unknown) => void;
  /** Whether this is still the socket's link (a realtime one may be made after its code arrives). */
  current: () => boolean;
}

export function createLink(dialect: Dialect, host: LinkHost, parts: LinkParts): Link {
  const { choice } = parts;
  const failLink = (reason: string) => {
    if (choice?.setting === 'auto') choice.remember(null);
    host.failLink(reason);
  };
  if (dialect === Dialect.Realtime && choice) {
    const join = choice.join;
    const make = ({ RealtimeLink }: RealtimeCode) => new RealtimeLink({ ...host, failLink, join });
    return new PendingLink(choice.loadRealtime(), make, parts.current, failLink);
  }
  // A pinned `guide` is never turned: its platform's greeting is just a frame it does not know.
  const greeted = !choice || choice.setting === Dialect.Guide ? undefined : parts.greeted;
  const { authData, graceMs, retryAfter } = parts;
  const link = new GuideLink({ ...host, failLink, authData, graceMs, retryAfter, greeted });
  if (!greeted || !choice) return link;
  // Guessed, not pinned: a platform that refuses `auth` as a first frame (4400, G3) wants
  // `join_chat`, as a late greeting would have said: the next link speaks realtime, soon.
  link.closeCodes = GUESSED_GUIDE_CLOSES;
  link.closed = (code) => code === 4400 && choice.remember(Dialect.Realtime);
  return link;
}

const GUESSED_GUIDE_CLOSES: CloseTable = Object.freeze({
  ...CLOSE_CODES,
  4400: { action: CloseAction.ReconnectSoon, problem: ConnectionProblem.PolicyViolation },
});

/**
 * A realtime link whose code is on its way (its own chunk, fetched once): what the platform
 * says meanwhile waits, then goes to it in order. A link replaced in between is never made.
 */
class PendingLink implements Link {
  private link: Link | null = null;
  private readonly waiting: unknown[] = [];

  constructor(
    code: Promise<RealtimeCode>,
    make: (code: RealtimeCode) => Link,
    current: () => boolean,
    failLink: (reason: string) => void,
  ) {
    code.then(
      (module) => {
        if (!current()) return;
        this.link = make(module);
        for (const payload of this.waiting.splice(0)) this.link.message(payload);
      },
      () => current() && failLink('the realtime dialect could not be loaded'),
    );
  }

  message(payload: unknown): void {
    if (this.link) this.link.message(payload);
    else this.waiting.push(payload);
  }

  send(frame: ClientFrame): void {
    this.link?.send(frame);
  }

  reauth(): void {
    this.link?.reauth();
  }

  get closeCodes(): Link['closeCodes'] {
    return this.link?.closeCodes;
  }
}

/**
 * A new WebSocket, or null where there can be none: no WebSocket, or one the page refuses (a CSP
 * block throws in some browsers). Retrying the same URL cannot help; the chat carries on over REST.
 */
export function openWebSocket(
  factory: WebSocketFactory | undefined,
  url: string,
  logger: Logger,
): WebSocketLike | null {
  try {
    if (!factory) throw new TypeError('this browser has no WebSocket');
    return new factory(url);
  } catch (error) {
    logger.warn('no WebSocket: over REST', error);
    return null;
  }
}
