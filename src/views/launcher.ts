import { html } from 'lit';
import type { Term } from '../i18n/term.js';
import { chatIcon, closeIcon } from './icons.js';

export interface LauncherModel {
  opened: boolean;
  title: string;
  hasProblem: boolean;
  /** Answers that arrived while the panel was closed. */
  unread: number;
}

export interface LauncherHandlers {
  onToggle: () => void;
  /** The pointer entering or touching it, or focus arriving: the visitor is about to open it. */
  onIntent: () => void;
}

/** The round button that opens and closes the panel. */
export function launcherView(t: Term, model: LauncherModel, handlers: LauncherHandlers) {
  const showUnread = model.unread > 0 && !model.opened;
  const action = t(model.opened ? 'launcherClose' : 'launcherOpen', { title: model.title });
  // The warning mark is not colour alone: the name says it too.
  const named = model.hasProblem ? t('launcherProblem', { label: action }) : action;
  const label = showUnread ? t('launcherUnread', { label: named, count: model.unread }) : named;
  const badge = model.unread > 9 ? '9+' : model.unread;
  return html`<button
    class="launcher ${model.hasProblem ? 'has-problem' : ''}"
    part="launcher"
    type="button"
    aria-label=${label}
    aria-expanded=${model.opened ? 'true' : 'false'}
    aria-controls="panel"
    @click=${handlers.onToggle}
    @pointerenter=${handlers.onIntent}
    @touchstart=${handlers.onIntent}
    @focus=${handlers.onIntent}
  >
    ${model.opened ? closeIcon : html`<slot name="launcher">${chatIcon}</slot>`}
    ${showUnread ? html`<span class="badge" part="badge" aria-hidden="true">${badge}</span>` : null}
  </button>`;
}
