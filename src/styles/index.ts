/**
 * The element's own stylesheets, in cascade order: public tokens mapped to private ones, the
 * shield against the host page, shared controls, the launcher and the panel's frame (with its
 * loading skeleton). The chat's sheets (messages, composer, markdown, diagnostics) arrive with
 * its chunk and are adopted next to these.
 */
import { baseStyles } from './base.styles.js';
import { launcherStyles } from './launcher.styles.js';
import { panelStyles } from './panel.styles.js';
import { shieldStyles } from './shield.styles.js';
import { tokensStyles } from './tokens.styles.js';

export const styles = [tokensStyles, shieldStyles, baseStyles, launcherStyles, panelStyles];
