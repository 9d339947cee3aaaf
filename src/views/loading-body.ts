/**
 * What a panel shows while a chunk it needs is on its way (with the DOM: dom.ts): the shape of a
 * conversation, announced as loading (never a blank box), or a notice with Retry when the chunk
 * could not be fetched (offline, blocked). The loader's loading panel shows it while the chat
 * loads; the chat, while the site owner's chunk loads (taking it from the loader, through the kit).
 * Its two states are made once, so a Retry that keeps focus keeps it.
 */
import type { Term } from '../i18n/term.js';
import { h, text } from './dom.js';

export interface LoadingBody {
  /** Brings both states' words up to date, and returns the one to show. */
  draw(t: Term, failed: boolean): HTMLElement;
}

export function loadingBody(onRetry: () => void): LoadingBody {
  const loading = h('span', { class: 'visually-hidden' });
  const bones = ['bone wide', 'bone', 'bone short'].map((c) => h('div', { class: c }));
  const skeleton = h('div', { class: 'skeleton', role: 'status' }, loading, ...bones);
  const heading = h('h3');
  const said = h('p');
  const retry = h('button', { class: 'button', type: 'button' });
  retry.addEventListener('click', onRetry);
  const failure = h('div', { class: 'notice', role: 'alert', part: 'status' }, heading, said);
  failure.append(h('div', { class: 'actions' }, retry));
  return {
    draw(t, failed) {
      text(loading, t('chatLoading'));
      text(heading, t('connectionErrorTitle'));
      text(said, t('chatLoadFailed'));
      text(retry, t('retry'));
      return failed ? failure : skeleton;
    },
  };
}
