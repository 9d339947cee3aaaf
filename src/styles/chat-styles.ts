/** The chat chunk's stylesheets, adopted next to the loader's own (styles/index.ts) once it arrives. */
import { composerStyles } from './composer.styles.js';
import { diagnosticsStyles } from './diagnostics.styles.js';
import { frameExtrasStyles } from './frame-extras.styles.js';
import { markdownStyles } from './markdown.styles.js';
import { messageExtrasStyles } from './message-extras.styles.js';
import { messagesStyles } from './messages.styles.js';
import { noticesStyles } from './notices.styles.js';

export const chatStyles = [frameExtrasStyles, messagesStyles, composerStyles, markdownStyles, diagnosticsStyles, noticesStyles, messageExtrasStyles];
