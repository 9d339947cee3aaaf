/** What the element gives the chat when its chunk arrives (chat-runtime.ts). */
import type { ReactiveControllerHost } from 'lit';
import type { ChatAttributes } from '../chat-attributes.js';
import type { WordsPart } from '../controllers/locale-controller.js';
import type { Term } from '../i18n/term.js';
import type { BrowserPorts } from '../ports/ports.js';
import type { SocketState } from '../protocol/connection.js';

export interface ChatRuntimeOptions {
  /** The element: its attributes and its `visitor`, `context` and `getAuthToken` properties. */
  host: ReactiveControllerHost & ChatAttributes;
  ports: () => BrowserPorts;
  /** Whether to log (the element's `debug`). */
  debug: () => boolean;
  t: () => Term;
  /** Whether the panel is on screen (the reconnect countdown ticks only then; answers are not unread). */
  panelShown: () => boolean;
  /** Whether the panel covers the screen (a floating panel on a phone locks the page's scroll). */
  floating: () => boolean;
  /** The element's root, whose custom property carries the visual viewport's height. */
  root: () => HTMLElement | null;
  /** The assistant's name, for the announcement of an answer. */
  title: () => string;
  /** The connection's state changed (the element reflects it as `connection-state`). */
  onConnection: (state: SocketState) => void;
  /** Words that arrived with a chunk join the element's catalogue (resolves once they are here in its language). */
  addWords: (part: WordsPart) => Promise<void>;
  /** Closes the floating panel (Escape on the page, where the panel covers the focus). */
  close: () => void;
}
