import { Server, WebSocket as MockWebSocket } from 'mock-socket';
import { browserScheduler } from '../src/ports/browser-ports.js';
import type { BrowserPorts, Scheduler, WebSocketFactory } from '../src/ports/ports.js';
import { MapStorage } from './map-storage.js';
import { json, stubFetch, type Recorded, type Reply } from './stub-fetch.js';

let port = 20000;

/** A MediaQueryList the test flips, standing in for the visitor's system setting. */
export class FakeMediaQuery extends EventTarget {
  matches = false;
  set(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

export interface PlatformRig {
  ports: BrowserPorts;
  darkScheme: FakeMediaQuery;
  copied: string[];
  calls: Recorded[];
  sockets: string[];
  apiUrl: string;
  server: Server;
  reloads: number;
}

export type SocketBehaviour = 'auth' | 'close-1011' | 'close-4003' | 'silent';

/**
 * A mock platform for element tests: fetch answered by `routes`, WebSocket by a mock-socket
 * server that acknowledges auth (or fails as told). Counts every request and socket.
 */
export function platformRig(options: { routes?: (r: Recorded) => Reply; socket?: SocketBehaviour; scheduler?: Scheduler; storage?: MapStorage } = {}): PlatformRig {
  const apiUrl = `http://platform.test:${port++}`;
  // mock: false keeps the global WebSocket as it is; the widget gets mock-socket's class injected.
  const server = new Server(`${apiUrl.replace('http', 'ws')}/api/v1/ws/chat`, { selectProtocol: () => '', mock: false });
  const routes = options.routes ?? (() => json(200, { status: 'healthy', version: '0.1.0' }));
  const stub = stubFetch(routes);
  const darkScheme = new FakeMediaQuery();
  const rig: PlatformRig = {
    darkScheme,
    copied: [],
    apiUrl,
    server,
    calls: stub.calls,
    sockets: [],
    reloads: 0,
    ports: {
      WebSocket: class extends (MockWebSocket as unknown as WebSocketFactory) {
        constructor(url: string) {
          // mock-socket matches servers by URL without the query: strip it, remember it.
          rig.sockets.push(url);
          super(url.split('?')[0]);
        }
      } as unknown as WebSocketFactory,
      // Each element keeps its own mock socket: the tests that share one pass tabs of their own.
      tabs: null,
      // The socket opens as the panel does, not a frame later: tests read it at once.
      afterPaint: null,
      fetch: stub.fetch,
      scheduler: options.scheduler ?? browserScheduler,
      storage: () => options.storage ?? new MapStorage(),
      page: () => ({ url: 'http://site.test/', userAgent: 'UA', referrer: '' }),
      reload: () => void (rig.reloads += 1),
      matchMedia: () => darkScheme,
      clipboard: () => ({ writeText: async (text: string) => void rig.copied.push(text) }),
    },
  };
  const behaviour = options.socket ?? 'auth';
  server.on('connection', (client) => {
    if (behaviour === 'close-1011') return void setTimeout(() => client.close({ code: 1011, reason: 'vector store', wasClean: true }), 5);
    if (behaviour === 'close-4003') return void setTimeout(() => client.close({ code: 4003, reason: 'Unknown tenant', wasClean: true }), 5);
    client.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'auth' && behaviour === 'auth') {
        client.send(JSON.stringify({ type: 'auth_success', data: { session_id: frame.data.session_id, protocol: 1 } }));
      }
    });
  });
  return rig;
}

/**
 * A tiny in-memory platform behind the stub fetch, enough for a conversation in element
 * tests: create chat, send (idempotent), history, feedback and regenerate (recorded).
 */
export function conversationRoutes() {
  const messages: Record<string, unknown>[] = [];
  const feedback: { messageId: string; body: unknown }[] = [];
  const regenerated: string[] = [];
  const routes = (r: Recorded): Reply => {
    if (r.url.endsWith('/api/v1/chat/')) return json(201, { id: 'chat-1', session_id: 's', visitor_id: 'v', title: 'Website Chat', created_at: 't' });
    const action = /messages\/([^/]+)\/(feedback|regenerate)$/.exec(r.url);
    if (action && action[2] === 'feedback') {
      feedback.push({ messageId: action[1], body: r.body });
      return json(200, { message_id: action[1], ...(r.body as object) });
    }
    if (action) {
      regenerated.push(action[1]);
      return json(202, { status: 'accepted' });
    }
    if (r.method === 'POST' && r.url.endsWith('/messages')) {
      const body = r.body as { content: string; metadata: { client_message_id: string } };
      const message = { id: `u${messages.length + 1}`, chat_id: 'chat-1', seq: messages.length + 1, role: 'user', content: body.content, created_at: 't', client_message_id: body.metadata.client_message_id };
      messages.push(message);
      return json(201, message);
    }
    if (r.url.includes('/messages')) return json(200, { messages });
    return json(200, { status: 'healthy', version: '0.1.0' });
  };
  /** Records an answer as the platform would store it (for history fetches). */
  const store = (message: Record<string, unknown>) => messages.push(message);
  return { routes, messages, feedback, regenerated, store };
}
