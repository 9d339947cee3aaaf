import { css } from 'lit';

/** Unread badge, answer actions, suggestions, feedback form, inline mode and small screens. */
export const extras = css`
  .badge {
    position: absolute;
    top: -4px;
    right: -4px;
    min-width: 22px;
    height: 22px;
    padding: 0 6px;
    border-radius: 11px;
    background: var(--_danger);
    color: #fff;
    font: 700 12px/22px var(--_font);
    text-align: center;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .actions-row {
    display: flex;
    align-items: center;
    gap: 2px;
    color: var(--_muted);
  }
  .icon-button.small {
    width: 28px;
    height: 28px;
  }
  .icon-button.small svg {
    width: 15px;
    height: 15px;
  }
  .icon-button.chosen {
    color: var(--_primary);
  }
  .thanks {
    font-size: 11px;
    margin-left: 4px;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    border: 1px solid color-mix(in srgb, var(--_primary) 45%, var(--_border));
    background: var(--_bg);
    color: var(--_link);
    border-radius: 999px;
    padding: 6px 12px;
    font-size: 13px;
    cursor: pointer;
    text-align: start;
  }
  .chip:hover {
    background: color-mix(in srgb, var(--_primary) 10%, var(--_bg));
  }
  .feedback-form {
    display: flex;
    flex-direction: column;
    gap: 6px;
    font-size: 12px;
    color: var(--_muted);
    width: 100%;
  }
  .feedback-form textarea {
    resize: vertical;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_bg);
    font-size: 13px;
  }
  .send.stop {
    background: var(--_text);
    color: var(--_bg);
  }
  .root.inline .panel {
    position: relative;
    inset: auto;
    width: 100%;
    height: var(--miptech-chat-inline-height, 560px);
    max-height: none;
    box-shadow: none;
    animation: none;
  }
  @media (max-width: 480px) {
    .root.floating .panel {
      height: var(--_viewport-height, 100dvh);
    }
  }
`;
