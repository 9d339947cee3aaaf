/**
 * The chat chunk's stylesheets, adopted next to the loader's own (styles/index.ts) once it arrives.
 * (The `debug` view's come with the site owner's chunk: chat/debug.ts.)
 */
import { answerPartsStyles } from './answer-parts.styles.js';
import { chatTokensStyles } from './chat-tokens.styles.js';
import { composerStyles } from './composer.styles.js';
import { frameExtrasStyles } from './frame-extras.styles.js';
import { markdownStyles } from './markdown.styles.js';
import { messageExtrasStyles } from './message-extras.styles.js';
import { messagesStyles } from './messages.styles.js';
import { noticesStyles } from './notices.styles.js';
import { touchStyles } from './touch.styles.js';

export const chatStyles = [
  chatTokensStyles,
  frameExtrasStyles,
  messagesStyles,
  answerPartsStyles,
  composerStyles,
  markdownStyles,
  noticesStyles,
  messageExtrasStyles,
  touchStyles,
];
