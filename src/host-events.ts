/**
 * The element's own events for the host page: ready, open and close, the cancelable send, and
 * the message limit. (Once loaded, the chat's events leave from chat/chat-events.ts, and so do
 * the attributes' problems, which the chat puts in words.) Names and details come from
 * events.ts, words from the catalogue.
 */
import { EVENTS, emit } from './events.js';
import type { Term } from './i18n/term.js';
import { MAX_MESSAGE_CHARS } from './state/message-limit.js';
import { VERSION } from './version.js';

export class HostEvents {
  constructor(
    private readonly host: HTMLElement,
    private readonly t: () => Term,
  ) {}

  ready(): void {
    emit(this.host, EVENTS.ready, { version: VERSION });
  }

  /** The panel opened or closed. */
  toggled(opened: boolean): void {
    emit(this.host, opened ? EVENTS.open : EVENTS.close, {});
  }

  /** The cancelable `miptech-message-send`: false when the host page vetoed the send. */
  sending(text: string): boolean {
    return emit(this.host, EVENTS.messageSend, { text }, { cancelable: true });
  }

  tooLong(): void {
    emit(this.host, EVENTS.error, { kind: 'send', message: this.t()('messageLimit', { max: MAX_MESSAGE_CHARS }) });
  }
}
