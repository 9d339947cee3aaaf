/**
 * `miptech-chat/vue`: typings for Vue (types only): `import 'miptech-chat/vue'` registers
 * `<miptech-chat>` in Vue's GlobalComponents, with its attributes, properties and events, as
 * Vue's guide to custom elements does, so `vue-tsc --strictTemplates` knows the tag and a
 * template ref is the element. Vue also needs to be told the tag is a custom element (README: Vue).
 */
import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from 'vue';
import type {
  MiptechConnectionChangeDetail,
  MiptechErrorDetail,
  MiptechFeedbackDetail,
  MiptechMessageDetail,
  MiptechMessageSendDetail,
} from './events.js';
import type { MiptechChatAttributes, MiptechChatBindable } from './framework-types.js';
import type { MiptechChat } from './miptech-chat.js';

/** `@miptech-message="…"` and the others, as Vue types a listener. */
interface Listeners {
  onMiptechReady?: (event: CustomEvent<{ version: string }>) => void;
  onMiptechOpen?: (event: CustomEvent<Record<string, never>>) => void;
  onMiptechClose?: (event: CustomEvent<Record<string, never>>) => void;
  onMiptechMessageSend?: (event: CustomEvent<MiptechMessageSendDetail>) => void;
  onMiptechMessage?: (event: CustomEvent<MiptechMessageDetail>) => void;
  onMiptechConnectionChange?: (event: CustomEvent<MiptechConnectionChangeDetail>) => void;
  onMiptechError?: (event: CustomEvent<MiptechErrorDetail>) => void;
  onMiptechFeedback?: (event: CustomEvent<MiptechFeedbackDetail>) => void;
}

export type MiptechChatVueProps = Omit<MiptechChatAttributes, 'starter-prompts'> &
  MiptechChatBindable &
  Listeners & { 'starter-prompts'?: string | readonly string[] };

/** The element (a template ref gets it), with its attributes, properties and events typed. */
export type MiptechChatVue = new () => MiptechChat & {
  $props: MiptechChatVueProps & HTMLAttributes & VNodeProps & AllowedComponentProps & ComponentCustomProps;
};

declare module 'vue' {
  export interface GlobalComponents {
    'miptech-chat': MiptechChatVue;
  }
}
