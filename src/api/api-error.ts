/**
 * Every REST failure becomes one ApiError, so the widget can react to it without knowing ky.
 * It carries codes, never visitor-facing words: views turn `kind` and `status` into a sentence.
 */
export const ApiErrorKind = {
  /** No answer at all: offline, DNS, connection refused, or CORS refused by the browser. */
  Network: 'network',
  /** No answer within the per-attempt timeout. */
  Timeout: 'timeout',
  /** An answer with a non-2xx status. */
  Http: 'http',
  /** A 2xx answer whose body is not what the protocol promises. */
  BadResponse: 'bad-response',
} as const;
export type ApiErrorKind = (typeof ApiErrorKind)[keyof typeof ApiErrorKind];

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    /** The HTTP status, for kind `http`. */
    readonly status: number | null = null,
    /** The platform's `detail`, when it sent one (shown as given, after the widget's own words). */
    readonly detail: string | null = null,
    /** What the browser or ky said, for the debug log: kept as words only. */
    cause?: unknown,
  ) {
    // The cause as words ("HTTPError: …"), never the error itself: ky's errors hold the Request
    // and its options, whose headers carry `Authorization` and `X-Visitor-Secret`, and a logged
    // error (under `debug`) would show them in the console.
    super(
      `${kind}${status ? ` ${status}` : ''}${detail ? `: ${detail}` : ''}`,
      cause === undefined ? undefined : { cause: String(cause) },
    );
  }
}

/** An ApiError as plain data for the store: enough for a view to explain it. */
export interface ApiFailure {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly detail: string | null;
}

export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError) return { kind: error.kind, status: error.status, detail: error.detail };
  return { kind: ApiErrorKind.Network, status: null, detail: null };
}
