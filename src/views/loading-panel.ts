/**
 * The panel as the loader draws it before the chat arrives (with the DOM: dom.ts): the frame the
 * chat's panel-frame.ts draws, holding what shows while the chat loads (loading-body.ts). Made
 * once, then drawn on every update, so focus on its buttons stays where it is.
 */
import type { Term } from '../i18n/term.js';
import { attr, h, icon, text } from './dom.js';
import { loadingBody } from './loading-body.js';
import { CLOSE_PATH, SPARK_PATH } from './icon-paths.js';

export interface LoadingPanelModel {
  t: Term;
  title: string;
  /** An inline chat is a region in the page and cannot be closed. */
  inline: boolean;
  /** The chat could not be fetched (offline, blocked). */
  failed: boolean;
}

export interface LoadingPanelHandlers {
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  onRetry: () => void;
}

export interface LoadingPanel {
  readonly section: HTMLElement;
  draw(model: LoadingPanelModel): void;
}

export function loadingPanel(handlers: LoadingPanelHandlers): LoadingPanel {
  const title = h('h2', { id: 'title' });
  const close = h('button', { class: 'icon-button', type: 'button' }, icon(CLOSE_PATH));
  close.addEventListener('click', handlers.onClose);
  const titles = h('div', { class: 'titles' }, title);
  const avatar = h('span', { class: 'avatar' }, icon(SPARK_PATH));
  const header = h('div', { class: 'header', part: 'header' }, avatar, titles, h('slot', { name: 'header-actions' }));
  const content = loadingBody(handlers.onRetry);
  const body = h('div', { class: 'body' });
  const section = h(
    'section',
    { id: 'panel', class: 'panel', part: 'panel', 'aria-labelledby': 'title' },
    header,
    body,
  );
  section.addEventListener('keydown', handlers.onKeydown);
  return {
    section,
    draw({ t, inline, failed, ...model }) {
      attr(section, 'role', inline ? 'region' : 'dialog');
      attr(section, 'aria-modal', inline ? null : 'false');
      attr(section, 'aria-busy', String(!failed));
      text(title, model.title);
      attr(close, 'aria-label', t('closeChat'));
      if (inline) close.remove();
      else if (close.parentNode !== header) header.append(close);
      const shown = content.draw(t, failed);
      if (body.firstChild !== shown) body.replaceChildren(shown);
    },
  };
}
