import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MiptechChat } from '../src/miptech-chat.js';
import type { BrowserPorts } from '../src/ports/ports.js';

/**
 * Builds `<miptech-chat>` with `attributes` (true: present, false: absent) and, when given,
 * test ports, then attaches it, so nothing real is touched before the test says so.
 */
export async function mount(
  attributes: Record<string, string | boolean>,
  options: { ports?: BrowserPorts; attach?: (el: MiptechChat) => Promise<unknown> } = {},
): Promise<MiptechChat> {
  const el = document.createElement('miptech-chat') as MiptechChat;
  if (options.ports) el.ports = options.ports;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  if (options.attach) await options.attach(el);
  else await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** One element of the widget's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** Every element of the widget's shadow root that matches. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/**
 * Waits until the chat chunk has arrived and drawn its panel, past any skeleton it shows while
 * the site owner's chunk loads (the panel must be open, or the chat inline).
 */
export async function chatLoaded(el: Element, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!$(el, '.panel') || $(el, '.skeleton')) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the chat to load');
    await new Promise((r) => setTimeout(r, 5));
  }
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
}
