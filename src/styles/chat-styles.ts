/**
 * The chat chunk's stylesheets, adopted after the loader's own (styles/index.ts) once it arrives:
 * the panel's frame and controls first, then what fills it. (The `debug` view's come with the
 * site owner's chunk: chat/debug.ts.)
 */
import { answerPartsStyles } from './answer-parts.styles.js';
import { chatTokensStyles } from './chat-tokens.styles.js';
import { controlsStyles } from './controls.styles.js';
import { composerStyles } from './composer.styles.js';
import { frameExtrasStyles } from './frame-extras.styles.js';
import { markdownStyles } from './markdown.styles.js';
import { messageExtrasStyles } from './message-extras.styles.js';
import { messagesStyles } from './messages.styles.js';
import { noticesStyles } from './notices.styles.js';
import { panelStyles } from './panel.styles.js';
import { touchStyles } from './touch.styles.js';

export const chatStyles = [
  controlsStyles,
  panelStyles,
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
