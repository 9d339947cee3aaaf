/**
 * Helpers for tests of the built files (dist/): they import nothing from src/, so the built
 * script or modules are the first to define `<miptech-chat>` on the test's page.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The element as a page sees it, without its types (they would import src/). */
export type Widget = HTMLElement & { updateComplete: Promise<unknown>; open: boolean; show(): void; hide(): void; send(text: string): boolean };

interface Platform {
  id: number;
  url: string;
}

/** A real reference platform for this test file: started before its tests, stopped after. */
export function usePlatform(options: { dialect?: 'guide' | 'realtime' | 'realtime-jwt' } = {}): { url: () => string } {
  let platform: Platform | null = null;
  before(async () => (platform = await executeServerCommand<Platform, object>('platform-start', options)));
  after(async () => platform && executeServerCommand('platform-stop', { id: platform.id }));
  return { url: () => platform!.url };
}

/** The test page declares `lang` (`<html lang>`) for this test file's tests, and English again after. */
export function usePageLanguage(lang: string): void {
  before(() => document.documentElement.setAttribute('lang', lang));
  after(() => document.documentElement.setAttribute('lang', 'en'));
}

/**
 * A tab of a site, as a same-origin frame: the script-tag page on `apiUrl`, with no policy (and
 * `query`'s options: `&debug`, `&noLocks`). Frames of one `key` share storage, Web Locks and
 * BroadcastChannels, as a site's tabs do.
 */
export async function siteTab(key: string, apiUrl: string, query = ''): Promise<{ frame: HTMLIFrameElement; win: Window; el: Widget }> {
  const frame = document.createElement('iframe');
  frame.src = `/served/csp/${key}/page.html?policy=none&api=${encodeURIComponent(apiUrl)}${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await until(() => Boolean(win.customElements.get('miptech-chat')), 'the element defined');
  const el = frame.contentDocument!.querySelector('miptech-chat') as Widget;
  await el.updateComplete;
  return { frame, win, el };
}

/** One element of the widget's shadow root. */
export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Polls until `condition` holds (real time: the built widget takes no injected clock). */
export async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fresh folder name for test/rig/dist-routes.mjs, so browsers side by side share nothing. */
export const folderKey = () => `k${Math.random().toString(36).slice(2)}`;

/** Loads a classic script and resolves once it ran. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** `<miptech-chat api-url=…>` (with `attributes`) added to the page, once rendered. */
export async function addWidget(apiUrl: string, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement('miptech-chat') as Widget;
  el.setAttribute('api-url', apiUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/**
 * The script tag as a customer pastes it, from a folder of the test's own (see
 * test/rig/dist-routes.mjs for the modes), then `<miptech-chat>` pointed at `apiUrl`.
 */
export async function scriptTagWidget(mode: ServedMode, apiUrl: string, attributes: Record<string, string> = {}, key = folderKey()): Promise<Widget> {
  if (!customElements.get('miptech-chat')) await loadScript(`/served/${mode}/${key}/miptech-chat.js`);
  return addWidget(apiUrl, attributes);
}

/** How test/rig/dist-routes.mjs serves the built files: as they are, or with a fault. */
export type ServedMode = 'plain' | 'fail-once' | 'chat-and-words-fail-once' | 'chat-once-realtime-twice' | 'debug-fail-once';

/**
 * The queries the built files matching `file` were asked for with under `key` so far, in order
 * ('' for none, '?retry=1'…), failed requests included.
 */
export async function servedQueries(key: string, file: RegExp): Promise<string[]> {
  const asked = (await fetch(`/served/requests/${key}`).then((r) => r.json())) as string[];
  return asked.filter((name) => file.test(name)).map((name) => name.replace(/^[^?]*/, ''));
}

/** Requests for the chat chunk this page made (fetched ahead, or on intent). */
export const chunkRequests = () => performance.getEntriesByType('resource').filter((e) => /miptech-chat\.chat-[\w-]+\.js/.test(e.name)).length;

/**
 * Resolves once the browser has been idle after every idle callback asked for before (a widget's
 * fetch ahead included): twice in a row, where it can say (requestIdleCallback); else after the
 * second a widget waits there.
 */
export async function pageIdle(): Promise<void> {
  for (let i = 0; i < 2; i += 1) {
    await new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve) : setTimeout(resolve, 1100)));
  }
}
