/**
 * What the loader shows in the panel's place until the chat arrives (with the DOM: dom.ts). A
 * floating chat shows nothing while it loads (the launcher turns: launcher.ts); when it could not
 * be fetched (offline, blocked), a notice above the launcher says so, with Retry. An inline chat
 * holds its place: a box of its height that says it loads, then the same notice. Made once, then
 * drawn on every update.
 */
import type { Term } from '../i18n/term.js';
import { attr, h, text } from './dom.js';

export interface StandInHandlers {
  onRetry: () => void;
  /** Escape on the notice closes a floating chat, as it would close its panel. */
  onClose: () => void;
}

export interface StandIn {
  readonly box: HTMLElement;
  /** Brings the words and the state up to date. */
  draw(t: Term, failed: boolean): void;
}

export function standIn(handlers: StandInHandlers, home: () => HTMLElement): StandIn {
  const said = h('p');
  const retry = h('button', { class: 'button', type: 'button' });
  // Retry goes away as the chat is fetched again: focus waits where the chat will take it from.
  retry.addEventListener('click', () => (home().focus(), handlers.onRetry()));
  const box = h('div', { class: 'stand-in', part: 'status', tabindex: '-1' }, said, retry);
  box.addEventListener('keydown', (event) => event.key === 'Escape' && handlers.onClose());
  return {
    box,
    draw(t, failed) {
      attr(box, 'role', failed ? 'alert' : null);
      text(said, t(failed ? 'chatLoadFailed' : 'chatLoading'));
      text(retry, t('retry'));
      retry.hidden = !failed;
    },
  };
}
