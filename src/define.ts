import { MiptechChat } from './miptech-chat.js';

export const TAG_NAME = 'miptech-chat';

/**
 * Defines `<miptech-chat>` unless something already did: a second script tag, or the ESM and
 * IIFE builds on one page, must not throw.
 */
export function defineMiptechChat(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry || registry.get(TAG_NAME)) return;
  registry.define(TAG_NAME, MiptechChat);
}

declare global {
  interface HTMLElementTagNameMap {
    'miptech-chat': MiptechChat;
  }
}
