/** Public entry: defines `<miptech-chat>` and re-exports the types a host page may need. */
import { defineMiptechChat } from './define.js';

export { MiptechChat } from './miptech-chat.js';
export { defineMiptechChat, TAG_NAME } from './define.js';
export { EVENTS } from './events.js';
export { registerStrings } from './i18n/registry.js';
export type { Catalogue, StringKey } from './i18n/strings.js';
export type {
  ErrorKind,
  MiptechConnectionChangeDetail,
  MiptechErrorDetail,
  MiptechFeedbackDetail,
  MiptechMessageDetail,
  MiptechMessageSendDetail,
} from './events.js';
export type { ChatConfig, ConfigProblem, Position, Theme } from './config/config.js';
export { ConnectionProblem, SocketState } from './protocol/connection.js';
export { VERSION } from './version.js';

defineMiptechChat();
