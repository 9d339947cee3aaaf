/** Clicks inside the conversation (one listener on the log): a citation marker, or a code block's Copy button. */
import type { Term } from '../i18n/term.js';
import type { ClipboardLike } from '../ports/ports.js';
import { copyCodeFromClick } from './copy-code.js';
import { followCitationFromClick } from './follow-citation.js';

/** What to announce (a copy's outcome), or null. */
export const answerClick = (t: Term, event: Event, clipboard: ClipboardLike | undefined): Promise<string | null> =>
  followCitationFromClick(event) ? Promise.resolve(null) : copyCodeFromClick(t, event, clipboard);
