/**
 * The widget against a mock platform holding a small conversation (nothing real is touched),
 * opened, with its chat loaded: the start of most element tests. The caller stops the rig when
 * its test ends (`rig.server.stop()`, in afterEach).
 */
import { conversationRoutes, platformRig, type PlatformRig } from './mock-platform.js';
import { chatLoaded, mount } from './mount.js';

export async function openChat(attributes: Record<string, string | boolean> = {}) {
  const api = conversationRoutes();
  const rig: PlatformRig = platformRig({ routes: api.routes });
  const el = await mount({ 'api-url': rig.apiUrl, ...attributes }, { ports: rig.ports });
  el.show();
  await chatLoaded(el, 15_000);
  return { el, api, rig };
}
