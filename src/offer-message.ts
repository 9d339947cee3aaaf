/**
 * The one way a message enters the chat, whether the visitor sends it (the composer, a starter
 * prompt) or the page does (`send()`): checked against the limit, then offered to the page as
 * the cancelable `miptech-message-send`. The loader holds this; the chat chunk takes it through
 * the kit, so the composer's Send goes straight to the session, never back through the element.
 */
import { EVENTS, emit } from './events.js';
import type { Term } from './i18n/term.js';
import { MAX_MESSAGE_CHARS, checkMessage } from './state/message-limit.js';

/**
 * The message's content to queue, or null: empty, too long (said in `miptech-error`), a broken
 * configuration, or the page said no.
 */
export function offerMessage(host: HTMLElement, text: string, configOk: boolean, t: Term): string | null {
  const checked = checkMessage(text);
  if (!checked.ok) {
    if (checked.problem === 'too-long')
      emit(host, EVENTS.error, { kind: 'send', message: t('messageLimit', { max: MAX_MESSAGE_CHARS }) });
    return null;
  }
  return configOk && emit(host, EVENTS.messageSend, { text: checked.content }, { cancelable: true })
    ? checked.content
    : null;
}
