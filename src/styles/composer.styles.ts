import { css } from './css.js';
import { radius, space } from './scale.js';

/** The composer: the message field, the send / stop button and the length hint. */
export const composerStyles = css`
  .composer {
    display: flex;
    align-items: flex-end;
    gap: ${space(2)};
    padding: ${space(3)};
    border-top: 1px solid var(--_border);
    background: var(--_bg);
  }
  .composer textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
    max-height: 140px;
    padding: 9px ${space(3)}; /* off the scale: one line of text centred in the 40 px field */
    border: 1px solid var(--_border);
    border-radius: ${radius('l')};
    background: var(--_bg);
    line-height: 1.4;
    font-size: 1em;
    /* It grows with what is typed, up to max-height (where the browser can size a field to its content). */
    field-sizing: content;
  }
  /* On touch screens at least 16 px, or iOS zooms the page when the field takes focus. */
  @media (pointer: coarse) {
    .composer textarea {
      font-size: max(16px, 1em);
    }
  }
  /* The browser's own placeholder grey fell to 3.8:1 on the dark theme; the theme's muted text
     reads at 4.5:1 or more on both. */
  .composer textarea::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .composer textarea:focus {
    outline: none;
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
  }
  .send {
    width: 40px;
    height: 40px;
    border-radius: ${radius('l')};
    border: none;
    cursor: pointer;
    background: var(--_primary);
    color: var(--_on-primary);
    display: grid;
    place-items: center;
    flex: none;
  }
  .send:hover:not(:disabled) {
    background: var(--_primary-hover);
  }
  .send:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .send svg {
    width: 18px;
    height: 18px;
    fill: currentColor;
  }
  /* The paper plane points the way a line reads. */
  .root[dir='rtl'] .send svg {
    transform: scaleX(-1);
  }
  .send.stop {
    background: var(--_text);
    color: var(--_bg);
  }
  .hint {
    font-size: 0.786em;
    color: var(--_muted);
    padding: 0 ${space(3)} ${space(2)};
    background: var(--_bg);
  }
  .hint.over {
    color: var(--_danger);
  }
  @media (forced-colors: active) {
    .send {
      border: 1px solid ButtonText;
    }
  }
`;
