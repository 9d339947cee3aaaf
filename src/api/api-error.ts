/** Every REST failure becomes one ApiError, so the UI can explain it without knowing ky. */
export const ApiErrorKind = {
  /** No answer at all: offline, DNS, connection refused, or CORS refused by the browser. */
  Network: 'network',
  /** No answer within the per-attempt timeout. */
  Timeout: 'timeout',
  /** An answer with a non-2xx status. */
  Http: 'http',
  /** A 2xx answer whose body is not what the protocol promises. */
  BadResponse: 'bad-response',
  /** The widget gave up on the call itself (e.g. the element was removed). */
  Aborted: 'aborted',
} as const;
export type ApiErrorKind = (typeof ApiErrorKind)[keyof typeof ApiErrorKind];

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The HTTP status, for kind `http`. */
    readonly status: number | null = null,
    /** The platform's `detail`, when it sent one. */
    readonly detail: string | null = null,
    /** From `Retry-After` on 429/503. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** Worth trying again later (the same request may succeed): network, timeout, 408, 429, 5xx. */
  get transient(): boolean {
    if (this.kind === ApiErrorKind.Network || this.kind === ApiErrorKind.Timeout) return true;
    return this.status !== null && (this.status === 408 || this.status === 429 || this.status >= 500);
  }
}

/** What went wrong, in one sentence for a visitor (no stack traces, no jargon beyond need). */
export function describeApiError(error: ApiError): string {
  switch (error.kind) {
    case ApiErrorKind.Network:
      return 'The chat service could not be reached. Check your connection, or the service may be down.';
    case ApiErrorKind.Timeout:
      return 'The chat service did not answer in time.';
    case ApiErrorKind.BadResponse:
      return 'The chat service sent an answer the widget does not understand.';
    case ApiErrorKind.Aborted:
      return 'The request was cancelled.';
    default:
      break;
  }
  const status = error.status ?? 0;
  const detail = error.detail ? ` (${error.detail})` : '';
  if (status === 401 || status === 403) return `This site is not allowed to use the chat service${detail}.`;
  if (status === 404) return `The chat service does not know this conversation${detail}.`;
  if (status === 413) return `That message is too long${detail}.`;
  if (status === 429) return 'Too many messages at once; please wait a moment.';
  if (status >= 500) return `The chat service has a problem of its own (HTTP ${status}).`;
  return `The chat service refused the request (HTTP ${status})${detail}.`;
}
