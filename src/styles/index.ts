/**
 * The element's stylesheets, in cascade order: public tokens mapped to private ones, the shield
 * against the host page, shared controls, then one sheet per view.
 */
import { baseStyles } from './base.styles.js';
import { composerStyles } from './composer.styles.js';
import { diagnosticsStyles } from './diagnostics.styles.js';
import { launcherStyles } from './launcher.styles.js';
import { markdownStyles } from './markdown.styles.js';
import { messagesStyles } from './messages.styles.js';
import { panelStyles } from './panel.styles.js';
import { shieldStyles } from './shield.styles.js';
import { tokensStyles } from './tokens.styles.js';

export const styles = [tokensStyles, shieldStyles, baseStyles, launcherStyles, panelStyles, messagesStyles, composerStyles, markdownStyles, diagnosticsStyles];
