/**
 * Codes into words: the connection's problems and status line, and REST failures, each looked
 * up in the string catalogue. Used by the chat's views and its host events, so a host page and
 * a visitor read the same sentence. (Configuration problems: describe-config.ts.)
 */
import { ApiErrorKind, type ApiFailure } from '../api/api-error.js';
import type { StringKey } from '../i18n/strings.js';
import type { Term } from '../i18n/term.js';
import { ConnectionProblem, SocketState } from '../protocol/connection.js';
import type { ChatState, PanelError } from '../state/chat-state.js';

type Status = ChatState['connection'];

const PROBLEM_WORDS: Record<ConnectionProblem, StringKey> = {
  'server-error': 'problemServerError',
  'auth-failed': 'problemAuthFailed',
  'tenant-refused': 'problemTenantRefused',
  'policy-violation': 'problemPolicyViolation',
  'rate-limited': 'problemRateLimited',
  'chat-not-found': 'problemChatNotFound',
  unreachable: 'problemUnreachable',
  'heartbeat-timeout': 'problemHeartbeatTimeout',
  blocked: 'liveUnavailable',
};

/** The problem in a visitor's words; its close code goes to the diagnostics and the `miptech-error` event, not here. */
export function problemText(t: Term, error: Pick<PanelError, 'problem'>): string {
  return t(PROBLEM_WORDS[error.problem]);
}

/**
 * What the status bar says to a screen reader: the state, never the countdown, so a live region
 * speaks once per change instead of every second.
 */
export function statusAnnouncement(t: Term, status: Status): string | null {
  if (status.state !== SocketState.Waiting) return statusLine(t, status, 0);
  if (status.problem === ConnectionProblem.ServerError) return t('reconnectingSoonAfterServerError');
  return t(connectedBefore(status) ? 'reconnectingSoon' : 'connectingSoon');
}

/**
 * Whether a link of this socket ever opened (its status keeps the dialect of the last one that
 * did): a first visit that cannot connect is "not reached yet", never "connection lost".
 */
const connectedBefore = (status: Status): boolean => status.dialect !== null;

/** One short line for the status bar, or null when everything is fine. */
export function statusLine(t: Term, status: Status, now: number): string | null {
  switch (status.state) {
    case SocketState.Connecting:
      if (status.attempt <= 1) return t('connecting');
      return t(connectedBefore(status) ? 'reconnectingAttempt' : 'connectingAttempt', { attempt: status.attempt });
    case SocketState.Waiting: {
      const seconds = Math.max(1, Math.ceil((status.nextAttemptAt - now) / 1000));
      if (status.problem === ConnectionProblem.ServerError) return t('reconnectingInAfterServerError', { seconds });
      return t(connectedBefore(status) ? 'reconnectingIn' : 'connectingIn', { seconds });
    }
    case SocketState.Suspended:
      return t('offline');
    case SocketState.Closed:
      return status.problem ? problemText(t, { problem: status.problem }) : t('disconnected');
    default:
      return null;
  }
}

/** Why a REST call failed, in one sentence; the platform's own `detail` follows in brackets. */
export function failureText(t: Term, failure: ApiFailure): string {
  const reason = failureReason(t, failure);
  return failure.detail && failure.kind === ApiErrorKind.Http
    ? t('apiDetail', { reason, detail: failure.detail })
    : reason;
}

function failureReason(t: Term, { kind, status }: ApiFailure): string {
  if (kind === ApiErrorKind.Network) return t('apiNetwork');
  if (kind === ApiErrorKind.Timeout) return t('apiTimeout');
  if (kind === ApiErrorKind.BadResponse) return t('apiBadResponse');
  const code = status ?? 0;
  if (code === 401 || code === 403) return t('apiNotAllowed');
  if (code === 404) return t('apiNotFound');
  if (code === 413) return t('apiTooLong');
  if (code === 429) return t('apiRateLimited');
  return t(code >= 500 ? 'apiServerError' : 'apiRefused', { status: code });
}
