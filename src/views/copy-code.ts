/** Click handling for the "Copy" buttons the markdown renderer puts on code blocks. */
import type { Term } from '../i18n/term.js';
import type { ClipboardLike } from '../ports/ports.js';

/**
 * Returns what the button now says ("Copied", or that it failed), for the live region; null if no copy
 * button was clicked.
 */
export async function copyCodeFromClick(
  t: Term,
  event: Event,
  clipboard: ClipboardLike | undefined,
): Promise<string | null> {
  const button = (event.target as Element | null)?.closest?.('button.copy');
  if (!button) return null;
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(code);
    button.textContent = t('copied');
  } catch {
    button.textContent = t('copyFailed');
  }
  setTimeout(() => (button.textContent = t('copy')), 1500);
  return button.textContent;
}
