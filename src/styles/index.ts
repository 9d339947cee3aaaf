/**
 * The element's own stylesheets, in cascade order: public tokens mapped to private ones, the
 * shield against the host page, shared controls and the launcher. The loader's stand-in for the
 * panel brings its sheet when it first shows (stand-in.styles.ts); the chat's sheets (the panel's
 * frame, messages, composer, markdown) follow when its chunk arrives (chat-styles.ts).
 */
import { baseStyles } from './base.styles.js';
import { launcherStyles } from './launcher.styles.js';
import { shieldStyles } from './shield.styles.js';
import { tokensStyles } from './tokens.styles.js';

export const styles = [tokensStyles, shieldStyles, baseStyles, launcherStyles];
