import { Server, WebSocket as MockWebSocket } from 'mock-socket';
import type { BrowserPlatform } from '../../src/platform/browser-platform.js';
import type { WebSocketFactory } from '../../src/socket/chat-socket.js';
import type { Scheduler } from '../../src/socket/scheduler.js';
import { browserScheduler } from '../../src/socket/scheduler.js';
import { MapStorage } from './fake-session-deps.js';
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
  platform: BrowserPlatform;
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
 * A platform for element tests: fetch answered by `routes`, WebSocket by a mock-socket
 * server that acknowledges auth (or fails as told). Counts every request and socket.
 */
export function platformRig(options: { routes?: (r: Recorded) => Reply; socket?: SocketBehaviour; scheduler?: Scheduler } = {}): PlatformRig {
  const apiUrl = `http://platform.test:${port++}`;
  const server = new Server(`${apiUrl.replace('http', 'ws')}/api/v1/ws/chat`, { selectProtocol: () => '' });
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
    platform: {
      WebSocket: class extends (MockWebSocket as unknown as WebSocketFactory) {
        constructor(url: string) {
          // mock-socket matches servers by URL without the query: strip it, remember it.
          rig.sockets.push(url);
          super(url.split('?')[0]);
        }
      } as unknown as WebSocketFactory,
      fetch: stub.fetch,
      scheduler: options.scheduler ?? browserScheduler,
      storage: () => new MapStorage(),
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
