import { html } from 'lit';
import { chatIcon, closeIcon } from './icons.js';

export interface LauncherModel {
  opened: boolean;
  title: string;
  hasProblem: boolean;
  /** Answers that arrived while the panel was closed. */
  unread: number;
}

/** The round button that opens and closes the panel. */
export function launcherView(model: LauncherModel, onToggle: () => void) {
  const unread = model.unread > 0 && !model.opened ? `, ${model.unread} unread` : '';
  const label = `${model.opened ? 'Close' : 'Open'} ${model.title}${unread}`;
  return html`<button
    class="launcher ${model.hasProblem ? 'has-problem' : ''}"
    part="launcher"
    type="button"
    aria-label=${label}
    aria-expanded=${model.opened ? 'true' : 'false'}
    aria-controls="panel"
    @click=${onToggle}
  >
    ${model.opened ? closeIcon : chatIcon}
    ${unread ? html`<span class="badge" part="badge" aria-hidden="true">${model.unread > 9 ? '9+' : model.unread}</span>` : null}
  </button>`;
}
