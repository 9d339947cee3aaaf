/**
 * The REST half of docs/protocol.md on ky. Every request carries `X-Tenant-ID`, and
 * `X-Client` instead of the `User-Agent` of the integration guide, a header browsers refuse to set
 * (docs/protocol.md).
 * `fetch` is injected so tests never patch globals.
 *
 * Only idempotent calls are retried: GETs, a send (the platform dedupes on its
 * `client_message_id`) and chat creation (deduped on `client_chat_id`). A lost response to
 * anything else (regenerate, feedback) must not be repeated behind the visitor's back: it would
 * start a second answer.
 */
import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import type { Logger } from '../log/logger.js';
import { REST_PATHS, restRoot } from '../protocol/endpoints.js';
import { isObject, isString, own } from '../protocol/guards.js';
import { parseChat, parseHealth, parseHistory, parseMessage } from '../protocol/parse.js';
import type { Chat, CreateChatBody, FeedbackBody, Health, Message, SendMessageBody } from '../protocol/types.js';
import { VERSION } from '../version.js';
import type { AuthToken } from './auth-token.js';
import { ApiError, ApiErrorKind } from './api-error.js';

export interface ApiClientOptions {
  apiUrl: string;
  tenantId: string;
  logger: Logger;
  fetch?: typeof fetch;
  /** Per attempt (30 s, docs/protocol.md). */
  timeoutMs?: number;
  /** For the retries' jitter (tests pass a seeded one). */
  random?: () => number;
  /**
   * Retries of idempotent calls on network errors, 408, 429 and 5xx (a timeout is not retried: 30 s is
   * long enough to give up).
   */
  retries?: number;
  /** The session's visitor secret, once known: sent as `X-Visitor-Secret` on every call. */
  visitorSecret?: () => string | null;
  /** The site's token (`Authorization: Bearer`), fetched again once when the platform answers 401. */
  authToken?: Pick<AuthToken, 'get' | 'refresh' | 'wanted'>;
}

export interface HealthCheck {
  /** Which endpoint answered: the versioned one, or the `/healthz` fallback. */
  endpoint: string;
  health: Health;
}

export class ApiClient {
  private readonly http: KyInstance;
  private readonly root: KyInstance;
  private readonly logger: Logger;
  private readonly authToken: ApiClientOptions['authToken'];
  /** For idempotent calls; every other call is made once. */
  private readonly retry: RetryOptions;

  constructor(options: ApiClientOptions) {
    this.logger = options.logger;
    this.authToken = options.authToken;
    this.retry = {
      limit: options.retries ?? 2,
      methods: ['get', 'post'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      // Full jitter, so a fleet of widgets that lost the same platform does not retry in step.
      delay: (attempt) => Math.round((options.random ?? Math.random)() * Math.min(10_000, 500 * 2 ** attempt)),
      maxRetryAfter: 30_000,
    };
    this.root = ky.create({
      prefixUrl: options.apiUrl,
      headers: { 'X-Tenant-ID': options.tenantId, 'X-Client': `miptech-chat/${VERSION}` },
      timeout: options.timeoutMs ?? 30_000,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      retry: 0,
      hooks: {
        beforeRequest: [
          async (request) => {
            const secret = options.visitorSecret?.();
            if (secret) request.headers.set('X-Visitor-Secret', secret);
            const token = await options.authToken?.get();
            if (token) request.headers.set('Authorization', `Bearer ${token}`);
            this.logger.debug(`${request.method} ${request.url}`);
          },
        ],
      },
    });
    this.http = this.root.extend({ prefixUrl: restRoot(options.apiUrl) });
  }

  /** GET /api/v1/health, then `{api-url}/healthz` when that fails (docs/protocol.md). */
  async health(): Promise<HealthCheck> {
    try {
      return { endpoint: '/api/v1/health', health: await this.healthAt(this.http, REST_PATHS.health) };
    } catch (first) {
      this.logger.warn('health check failed, trying /healthz', first);
      try {
        return { endpoint: '/healthz', health: await this.healthAt(this.root, REST_PATHS.healthz) };
      } catch {
        throw first;
      }
    }
  }

  /** Idempotent on `client_chat_id`: a repeat returns the chat the first call made. */
  async createChat(body: CreateChatBody): Promise<Chat> {
    const raw = await this.call(() =>
      this.http.post(REST_PATHS.chats, { json: body, retry: this.retry }).json<unknown>(),
    );
    return parseChat(raw) ?? badResponse('create chat', raw);
  }

  /** Idempotent on `metadata.client_message_id`. */
  async sendMessage(chatId: string, body: SendMessageBody): Promise<Message> {
    const raw = await this.call(() =>
      this.http.post(REST_PATHS.messages(chatId), { json: body, retry: this.retry }).json<unknown>(),
    );
    return parseMessage(raw) ?? badResponse('send message', raw);
  }

  async history(chatId: string, afterSeq?: number): Promise<Message[]> {
    const searchParams = afterSeq === undefined ? undefined : { after_seq: afterSeq };
    const raw = await this.call(() =>
      this.http.get(REST_PATHS.messages(chatId), { searchParams, retry: this.retry }).json<unknown>(),
    );
    return parseHistory(raw) ?? badResponse('history', raw);
  }

  /** Rates an answer; sending again replaces the earlier rating. Made once: the UI undoes a failure. */
  async feedback(chatId: string, messageId: string, body: FeedbackBody): Promise<void> {
    await this.call(() =>
      this.http.post(`${REST_PATHS.message(chatId, messageId)}/feedback`, { json: body }).json<unknown>(),
    );
  }

  /** Asks for a new answer (it streams over the socket). Never retried: a repeat is a second answer. */
  async regenerate(chatId: string, messageId: string): Promise<void> {
    await this.call(() =>
      this.http.post(`${REST_PATHS.message(chatId, messageId)}/regenerate`, { json: {} }).json<unknown>(),
    );
  }

  private async healthAt(client: KyInstance, path: string): Promise<Health> {
    const raw = await this.call(() => client.get(path).json<unknown>());
    return parseHealth(raw) ?? badResponse('health', raw);
  }

  /**
   * Runs one ky call and maps whatever it throws onto ApiError. A 401 where the site gives
   * tokens means the token went stale: one new token, one more try.
   */
  private async call<T>(run: () => Promise<T>, refreshed = false): Promise<T> {
    const token = (await this.authToken?.get()) ?? null;
    try {
      return await run();
    } catch (error) {
      const failure = await toApiError(error);
      if (failure.status !== 401 || refreshed || !this.authToken?.wanted) throw failure;
      this.logger.debug('401: fetching a new token');
      await this.authToken.refresh(token);
      return this.call(run, true);
    }
  }
}

function badResponse(call: string, raw: unknown): never {
  throw new ApiError(
    ApiErrorKind.BadResponse,
    null,
    null,
    `unexpected ${call} response: ${JSON.stringify(raw)?.slice(0, 200)}`,
  );
}

async function toApiError(error: unknown): Promise<ApiError> {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPError) {
    // The platform explains itself in `{"detail": "…"}` (docs/protocol.md); any other body is ignored.
    const body: unknown = await error.response
      .clone()
      .json()
      .catch(() => null);
    const detail = isObject(body) && isString(own(body, 'detail')) ? (own(body, 'detail') as string) : null;
    return new ApiError(ApiErrorKind.Http, error.response.status, detail, error);
  }
  if (error instanceof TimeoutError) return new ApiError(ApiErrorKind.Timeout, null, null, error);
  if (error instanceof SyntaxError) return new ApiError(ApiErrorKind.BadResponse, null, null, error);
  // fetch rejects with TypeError for network and CORS failures in every browser.
  return new ApiError(ApiErrorKind.Network, null, null, error);
}
