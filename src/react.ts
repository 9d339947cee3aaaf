/**
 * `miptech-chat/react`: the element as a React component, made with @lit/react's
 * `createComponent` (props are set as properties, `on…` props listen to the widget's events), and
 * JSX typings for the tag itself, so `<miptech-chat tenant-id="…">` type-checks in a TSX file.
 *
 *     import { MiptechChat } from 'miptech-chat/react';
 *     <MiptechChat ref={chat} tenantId="acme" onMiptechMessage={(e) => console.log(e.detail.content)} />
 *
 * Needs `react` and `@lit/react` (optional peer dependencies of the package).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { TAG_NAME, defineMiptechChat } from './define.js';
import type {
  MiptechConnectionChangeDetail,
  MiptechErrorDetail,
  MiptechFeedbackDetail,
  MiptechMessageDetail,
  MiptechMessageSendDetail,
} from './events.js';
import type { MiptechChatAttributes } from './framework-types.js';
import { MiptechChat as MiptechChatElement } from './miptech-chat.js';

defineMiptechChat();

export const MiptechChat = createComponent({
  tagName: TAG_NAME,
  elementClass: MiptechChatElement,
  react: React,
  events: {
    onMiptechReady: 'miptech-ready' as EventName<CustomEvent<{ version: string }>>,
    onMiptechOpen: 'miptech-open' as EventName<CustomEvent<Record<string, never>>>,
    onMiptechClose: 'miptech-close' as EventName<CustomEvent<Record<string, never>>>,
    onMiptechMessageSend: 'miptech-message-send' as EventName<CustomEvent<MiptechMessageSendDetail>>,
    onMiptechMessage: 'miptech-message' as EventName<CustomEvent<MiptechMessageDetail>>,
    onMiptechConnectionChange: 'miptech-connection-change' as EventName<CustomEvent<MiptechConnectionChangeDetail>>,
    onMiptechError: 'miptech-error' as EventName<CustomEvent<MiptechErrorDetail>>,
    onMiptechFeedback: 'miptech-feedback' as EventName<CustomEvent<MiptechFeedbackDetail>>,
    onMiptechUnreadChange: 'miptech-unread-change' as EventName<CustomEvent<{ count: number }>>,
    onMiptechConsentChange: 'miptech-consent-change' as EventName<CustomEvent<{ accepted: boolean }>>,
  },
  displayName: 'MiptechChat',
});

export type { MiptechChatElement };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'miptech-chat': React.DetailedHTMLProps<React.HTMLAttributes<MiptechChatElement>, MiptechChatElement> &
        MiptechChatAttributes;
    }
  }
}
