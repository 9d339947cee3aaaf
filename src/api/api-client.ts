/**
 * The REST half of docs/protocol.md on ky. Every request carries `X-Tenant-ID`, and
 * `X-Client` instead of the guide's `User-Agent` (a header browsers refuse to set).
 * `fetch` is injected so tests never patch globals.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { Logger } from '../log/logger.js';
import { parseMessage } from '../protocol/parse.js';
import type { Chat, CreateChatBody, FeedbackBody, Health, Message, SendMessageBody } from '../protocol/types.js';
import { VERSION } from '../version.js';
import { ApiError, ApiErrorKind } from './api-error.js';

export interface ApiClientOptions {
  apiUrl: string;
  tenantId: string;
  logger: Logger;
  fetch?: typeof fetch;
  /** Per attempt (the guide's 30 s). */
  timeoutMs?: number;
  /** Retries of idempotent calls on network errors, 408, 429 and 5xx. */
  retries?: number;
}

export interface HealthCheck {
  /** Which endpoint answered: the versioned one, or the `/healthz` fallback. */
  endpoint: string;
  health: Health;
}

export interface SentMessage {
  message: Message;
  /** false when the platform already had this `client_message_id` (200 instead of 201). */
  created: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export class ApiClient {
  private readonly http: KyInstance;
  private readonly root: KyInstance;
  private readonly logger: Logger;

  constructor(options: ApiClientOptions) {
    this.logger = options.logger;
    const headers = { 'X-Tenant-ID': options.tenantId, 'X-Client': `miptech-chat/${VERSION}` };
    this.root = ky.create({
      prefix: options.apiUrl,
      headers,
      timeout: options.timeoutMs ?? 30_000,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      // POSTs here are idempotent (create chat by session, send by client_message_id).
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'post'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        retryOnTimeout: true,
        jitter: true,
        backoffLimit: 10_000,
        maxRetryAfter: 30_000,
      },
      hooks: {
        beforeRequest: [({ request }) => this.logger.debug(`${request.method} ${request.url}`)],
      },
    });
    this.http = this.root.extend({ prefix: `${options.apiUrl}/api/v1` });
  }

  /** GET /api/v1/health, then `{api-url}/healthz` when that fails (the guide's fallback). */
  async health(): Promise<HealthCheck> {
    try {
      return { endpoint: '/api/v1/health', health: await this.healthAt(this.http, 'health') };
    } catch (first) {
      this.logger.warn('health check failed, trying /healthz', first);
      try {
        return { endpoint: '/healthz', health: await this.healthAt(this.root, 'healthz') };
      } catch {
        throw first;
      }
    }
  }

  async createChat(body: CreateChatBody): Promise<Chat> {
    const raw = await this.call(() => this.http.post('chat/', { json: body }).json<unknown>());
    if (!isObject(raw) || typeof raw.id !== 'string') throw badResponse('create chat', raw);
    return raw as unknown as Chat;
  }

  async sendMessage(chatId: string, body: SendMessageBody): Promise<SentMessage> {
    const response = await this.call(() => this.http.post(`chat/${encodeURIComponent(chatId)}/messages`, { json: body }));
    const message = parseMessage(await this.call(() => response.json<unknown>()));
    if (!message) throw badResponse('send message', null);
    return { message, created: response.status === 201 };
  }

  async history(chatId: string, afterSeq?: number): Promise<Message[]> {
    const searchParams = afterSeq === undefined ? undefined : { after_seq: afterSeq };
    const raw = await this.call(() =>
      this.http.get(`chat/${encodeURIComponent(chatId)}/messages`, { searchParams }).json<unknown>(),
    );
    if (!isObject(raw) || !Array.isArray(raw.messages)) throw badResponse('history', raw);
    const messages = raw.messages.map(parseMessage);
    if (messages.some((m) => m === null)) throw badResponse('history', raw);
    return messages as Message[];
  }

  /** Rates an answer; sending again replaces the earlier rating. */
  async feedback(chatId: string, messageId: string, body: FeedbackBody): Promise<void> {
    await this.call(() => this.http.post(`${messagePath(chatId, messageId)}/feedback`, { json: body }).json<unknown>());
  }

  /** Asks for a new answer to the question an answer replied to; it streams over the socket. */
  async regenerate(chatId: string, messageId: string): Promise<void> {
    await this.call(() => this.http.post(`${messagePath(chatId, messageId)}/regenerate`, { json: {} }).json<unknown>());
  }

  private async healthAt(client: KyInstance, path: string): Promise<Health> {
    const raw = await this.call(() => client.get(path, { retry: 0 }).json<unknown>());
    if (!isObject(raw) || typeof raw.status !== 'string') throw badResponse('health', raw);
    return raw as unknown as Health;
  }

  /** Runs one ky call and maps whatever it throws onto ApiError. */
  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toApiError(error);
    }
  }
}

const messagePath = (chatId: string, messageId: string) =>
  `chat/${encodeURIComponent(chatId)}/messages/${encodeURIComponent(messageId)}`;

function badResponse(call: string, raw: unknown): ApiError {
  return new ApiError(ApiErrorKind.BadResponse, `unexpected ${call} response: ${JSON.stringify(raw)?.slice(0, 200)}`);
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) {
    const { status } = error.response;
    // ky 2 has already read and parsed the body into `data`.
    const body: unknown = error.data;
    const detail = isObject(body) && typeof body.detail === 'string' ? body.detail : null;
    const retryAfter = Number(error.response.headers.get('Retry-After'));
    const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null;
    return new ApiError(ApiErrorKind.Http, `HTTP ${status}${detail ? `: ${detail}` : ''}`, status, detail, retryAfterMs);
  }
  if (isTimeoutError(error)) return new ApiError(ApiErrorKind.Timeout, 'request timed out');
  if (isNetworkError(error)) return new ApiError(ApiErrorKind.Network, (error as Error).message || 'network error');
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new ApiError(ApiErrorKind.Aborted, 'request aborted');
  }
  if (error instanceof SyntaxError) return new ApiError(ApiErrorKind.BadResponse, `invalid JSON: ${error.message}`);
  // fetch rejects with TypeError for network and CORS failures in every browser.
  if (error instanceof TypeError) return new ApiError(ApiErrorKind.Network, error.message || 'network error');
  return new ApiError(ApiErrorKind.Network, String(error));
}
