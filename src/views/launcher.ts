import { html } from 'lit';
import { chatIcon, closeIcon } from './icons.js';

export interface LauncherModel {
  opened: boolean;
  title: string;
  hasProblem: boolean;
}

/** The round button that opens and closes the panel. */
export function launcherView(model: LauncherModel, onToggle: () => void) {
  const label = model.opened ? `Close ${model.title}` : `Open ${model.title}`;
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
  </button>`;
}
