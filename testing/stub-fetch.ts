/** A fetch stub that records requests and answers from a script of responses. */
export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

export type Reply = Response | (() => Response | Promise<Response>) | Error;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function stubFetch(routes: (request: Recorded) => Reply) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    // Firefox has no Request.body getter: read the text for any method that may carry one.
    const text = ['GET', 'HEAD'].includes(request.method) ? '' : await request.clone().text();
    const recorded: Recorded = { method: request.method, url: request.url, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    calls.push(recorded);
    const reply = routes(recorded);
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply() : reply;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
