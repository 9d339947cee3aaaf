/**
 * The element's own stylesheets, in cascade order: public tokens mapped to private ones, the
 * shield against the host page, shared controls and the launcher. The panel's frame (with its
 * loading skeleton) follows when a panel first shows, and the chat's sheets (messages, composer,
 * markdown, diagnostics) after it, when its chunk arrives.
 */
import { baseStyles } from './base.styles.js';
import { launcherStyles } from './launcher.styles.js';
import { panelStyles } from './panel.styles.js';
import { shieldStyles } from './shield.styles.js';
import { tokensStyles } from './tokens.styles.js';

export const styles = [tokensStyles, shieldStyles, baseStyles, launcherStyles];
export const panelSheets = [panelStyles];
