/**
 * The browser's Web Locks and BroadcastChannel, for the connection the site's tabs share (read by
 * the chat chunk only). Null where either is missing (Web Locks need a secure context): each tab
 * then keeps its own socket, as before sharing existed.
 */
import type { TabPorts } from './ports.js';

export function browserTabs(): TabPorts | null {
  const locks = globalThis.navigator?.locks;
  const Channel = globalThis.BroadcastChannel;
  return locks && Channel ? { locks, channel: (name) => new Channel(name) } : null;
}
