import { executeServerCommand } from '@web/test-runner-commands';
import type { MiptechChat } from '../src/miptech-chat.js';
import type { BrowserPorts } from '../src/ports/ports.js';
import { mount } from './mount.js';
import { until } from './wait.js';

/** A real reference platform in a child process of the test runner. */
export interface Platform {
  id: number;
  port: number;
  url: string;
}

/** `dialect`: which of MIPTech's protocol generations it plays (docs/protocol.md, "Dialects"); `strict`: the guide's without our extensions. */
export const startPlatform = (options: { faults?: string[]; streamDelayMs?: number; dialect?: 'guide' | 'realtime' | 'realtime-jwt'; strict?: boolean } = {}) =>
  executeServerCommand<Platform, typeof options>('platform-start', options);
export const killPlatform = (p: Platform) => executeServerCommand('platform-kill', { id: p.id });
export const stopPlatform = (p: Platform) => executeServerCommand('platform-stop', { id: p.id });
export const restartPlatform = (p: Platform, faults?: string[], streamDelayMs?: number) => executeServerCommand('platform-restart', { id: p.id, faults, streamDelayMs });
export const setFaults = (p: Platform, faults: string[]) => executeServerCommand('platform-faults', { id: p.id, faults });
export const floodPlatform = (p: Platform, count: number) => executeServerCommand<{ sent: number }, { id: number; count: number }>('platform-flood', { id: p.id, count });
export const dropSockets = (p: Platform) => executeServerCommand<{ dropped: number }, { id: number }>('platform-drop-sockets', { id: p.id });
export const platformStats = (p: Platform) =>
  executeServerCommand<{ connections: number; sockets: number; feedback: number; cancelled: number; tokens: number }, { id: number }>('platform-stats', { id: p.id });
/**
 * The WebSockets the widget made (`made`) and the connections `platform` counted, read when the
 * two can be compared: no attempt in flight (`settled`), and none begun while the platform was
 * asked. A widget on a jump clock keeps pace with the wall clock, so a wait between attempts can
 * end during the ask, and a count read then would be one behind.
 */
export async function socketsAndConnections(platform: Platform, made: () => number, settled: () => boolean): Promise<{ made: number; counted: number }> {
  for (;;) {
    await until(settled, 'no attempt in flight', 5000);
    const before = made();
    const { connections } = await platformStats(platform);
    if (made() === before && settled()) return { made: before, counted: connections };
  }
}
/** Every token the platform issued so far is refused from now on (a 4401 for the next join). */
export const revokeTokens = (p: Platform) => executeServerCommand('platform-revoke-tokens', { id: p.id });

/**
 * A platform of its own for each test of the file that calls this: `start()` it in the test; it
 * is stopped after the test, and `localStorage` is cleared before each.
 */
export function platformPerTest(): { start: (options?: Parameters<typeof startPlatform>[0]) => Promise<Platform> } {
  let current: Platform | null = null;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    if (current) await stopPlatform(current);
    current = null;
  });
  return { start: async (options = {}) => (current = await startPlatform(options)) };
}

/**
 * A widget pointed at `platform`, with the browser's real WebSocket, fetch and storage (and
 * `ports`, when given: a clock the test can move, counted sockets; testing/jump-clock.ts).
 */
export const widget = (platform: Platform, attributes: Record<string, string> = {}, ports?: BrowserPorts): Promise<MiptechChat> =>
  mount({ 'api-url': platform.url, ...attributes }, { ports });


export interface PageMetrics {
  available: boolean;
  listeners: number;
  nodes: number;
  heapUsed: number;
}
/** Chromium: event listeners, DOM nodes and heap after a GC, via the DevTools protocol; `available: false` elsewhere. */
export const pageMetrics = () => executeServerCommand<PageMetrics, undefined>('page-metrics');


/** Where the widget keeps `key` in localStorage for the demo tenant on `platform` (per tenant and platform origin). */
export const storageKey = (platform: Platform, key: string) => `miptech-chat:miptech-company@${platform.url}:${key}`;
