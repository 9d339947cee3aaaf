import { MiptechChat } from './miptech-chat.js';
import { VERSION } from './version.js';

export const TAG_NAME = 'miptech-chat';

/** Marks our element classes (any version), so a second copy of the widget is told from a stranger. */
const BRAND = Symbol.for('miptech-chat.element');

/**
 * Defines `<miptech-chat>` unless something already did. A second script tag, or the ESM and
 * IIFE builds on one page, is our own class: nothing to say (another version says which one
 * runs). Any other class under our name means the widget cannot start, and the page's
 * developer gets one console line naming the conflict instead of a silently missing widget.
 */
export function defineMiptechChat(
  registry: CustomElementRegistry | undefined = globalThis.customElements,
  sink: Pick<Console, 'warn'> = console,
): void {
  if (!registry) return;
  const existing = registry.get(TAG_NAME) as (CustomElementConstructor & { [BRAND]?: string }) | undefined;
  if (!existing) {
    (MiptechChat as unknown as Record<symbol, string>)[BRAND] = VERSION;
    registry.define(TAG_NAME, MiptechChat);
  } else if (!existing[BRAND]) {
    sink.warn(
      `[miptech-chat] <${TAG_NAME}> is already defined by another script (class ${existing.name}): not started`,
    );
  } else if (existing[BRAND] !== VERSION) {
    sink.warn(`[miptech-chat] two versions are loaded: ${existing[BRAND]} runs, not ${VERSION}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miptech-chat': MiptechChat;
  }
}
