/**
 * What a template may write on `<miptech-chat>`, for the frameworks' typings (react.ts, vue.ts):
 * the attributes, as HTML spells them. Types only; a test checks the names against the custom
 * elements manifest, so a new attribute cannot be forgotten here.
 */
import type { Consent, Launcher, Mode, Position, Prefetch, Theme } from './config/config.js';
import type { ProtocolSetting } from './protocol/dialect.js';

import type { MiptechChat } from './miptech-chat.js';

export interface MiptechChatAttributes {
  'tenant-id'?: string;
  'api-url'?: string;
  'ws-url'?: string;
  heading?: string;
  position?: Position;
  theme?: Theme;
  'primary-color'?: string;
  debug?: boolean;
  mode?: Mode;
  greeting?: string;
  /** Questions separated by `|`. */
  'starter-prompts'?: string;
  'image-origins'?: string;
  'page-url'?: 'path' | 'full';
  launcher?: Launcher;
  prefetch?: Prefetch;
  consent?: Consent;
  'consent-notice'?: string;
  /** `auto` (the default), `guide` or `realtime`: which of the platform's protocols to speak. */
  protocol?: ProtocolSetting;
  open?: boolean;
}

/**
 * The element's properties a framework's template may bind (`:starter-prompts="['A', 'B']"` in
 * Vue, `{open}` in Svelte).
 */
export type MiptechChatBindable = Partial<
  Pick<
    MiptechChat,
    | 'tenantId'
    | 'apiUrl'
    | 'wsUrl'
    | 'heading'
    | 'primaryColor'
    | 'debug'
    | 'greeting'
    | 'starterPrompts'
    | 'imageOrigins'
    | 'open'
    | 'strings'
  >
>;
