/**
 * `miptech-chat/solid`: typings for Solid's JSX (types only). With `import 'miptech-chat/solid'`,
 * `<miptech-chat tenant-id="…">` type-checks in a TSX file (`position="top"` does not), and
 * `prop:starterPrompts={['A', 'B']}` sets the property.
 */
import type {} from 'solid-js';
import type { MiptechChatAttributes } from './framework-types.js';
import type { MiptechChat } from './miptech-chat.js';

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'miptech-chat': JSX.HTMLAttributes<MiptechChat> &
        MiptechChatAttributes & { 'prop:starterPrompts'?: string[]; 'prop:strings'?: MiptechChat['strings'] };
    }
  }
}
