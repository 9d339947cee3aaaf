/**
 * The script-tag entry (dist/miptech-chat.js): defines `<miptech-chat>` and nothing else. It
 * adds no global to the host page; scripts that want the types or constants import the package.
 */
import { defineMiptechChat } from './define.js';

defineMiptechChat();
