import type { Term } from '../i18n/term.js';
import { attr, h, icon } from './dom.js';
import { CHAT_PATH, CLOSE_PATH } from './icon-paths.js';

export interface LauncherModel {
  opened: boolean;
  title: string;
  hasProblem: boolean;
  /** Answers that arrived while the panel was closed. */
  unread: number;
  /** The visitor opened the chat, and it is on its way: the launcher turns. */
  busy: boolean;
  /** The chat's panel is drawn: the button names it as what it controls (never a panel that is not there). */
  controls: boolean;
}

export interface LauncherHandlers {
  onToggle: () => void;
  /** The pointer entering or touching it, or focus arriving: the visitor is about to open it. */
  onIntent: () => void;
}

export interface LauncherView {
  readonly button: HTMLButtonElement;
  /** Brings the button up to date (its name, state, icon and badge). */
  draw(t: Term, model: LauncherModel): void;
}

/** The round button that opens and closes the panel: made once, then drawn on every update. */
export function launcherView(handlers: LauncherHandlers): LauncherView {
  const button = h('button', { part: 'launcher', type: 'button' }) as HTMLButtonElement;
  button.addEventListener('click', handlers.onToggle);
  for (const intent of ['pointerenter', 'touchstart', 'focus']) button.addEventListener(intent, handlers.onIntent);
  // Escape on the launcher of an open chat closes it, as it would in the panel: also while the
  // chat is still on its way, when the launcher is all there is to press it on.
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    event.stopPropagation();
    handlers.onToggle();
  });
  // The page's own icon (the `launcher` slot) replaces ours; the × while open is always ours.
  const closed = h('slot', { name: 'launcher' }, icon(CHAT_PATH));
  const opened = icon(CLOSE_PATH);
  const badge = h('span', { class: 'badge', part: 'badge', 'aria-hidden': 'true' });
  let drawn = '';
  return {
    button,
    draw(t, model) {
      const showUnread = model.unread > 0 && !model.opened;
      const action = t(model.opened ? 'launcherClose' : 'launcherOpen', { title: model.title });
      // The warning mark is not colour alone: the name says it too.
      const named = model.hasProblem ? t('launcherProblem', { label: action }) : action;
      const label = showUnread ? t('launcherUnread', { label: named, count: model.unread }) : named;
      attr(button, 'class', `launcher ${model.hasProblem ? 'has-problem' : ''} ${model.busy ? 'busy' : ''}`);
      attr(button, 'aria-label', label);
      attr(button, 'aria-expanded', String(model.opened));
      attr(button, 'aria-controls', model.controls ? 'panel' : null);
      const count = showUnread ? (model.unread > 9 ? '9+' : String(model.unread)) : '';
      if (drawn === `${model.opened}${count}`) return;
      drawn = `${model.opened}${count}`;
      badge.textContent = count;
      button.replaceChildren(model.opened ? opened : closed, ...(count ? [badge] : []));
    },
  };
}
