/**
 * `miptech-chat/svelte`: typings for Svelte 5 templates (types only). With
 * `import 'miptech-chat/svelte'` in a `.d.ts` or a component, svelte-check knows
 * `<miptech-chat>`'s attributes (`position="top"` is an error) and properties
 * (`starterPrompts={['A', 'B']}`, which Svelte sets as a property).
 */
import type {} from 'svelte/elements';
import type { MiptechChatAttributes, MiptechChatBindable } from './framework-types.js';
import type { MiptechChat } from './miptech-chat.js';
import type {} from './events.js';

/** `onmiptech-message={…}` and the others: Svelte 5 listens with `on` and the event's name. */
type Listeners = {
  [K in keyof HTMLElementEventMap as K extends `miptech-${string}` ? `on${K}` : never]?: (
    event: HTMLElementEventMap[K],
  ) => void;
};

declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
    'miptech-chat': HTMLAttributes<MiptechChat> & MiptechChatAttributes & MiptechChatBindable & Listeners;
  }
}
