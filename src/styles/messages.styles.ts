import { css } from 'lit';

/** The conversation: messages, delivery marks, sources, the typing dots, answer actions, suggestions and the feedback form. */
export const messagesStyles = css`

  .messages {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 16px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  /* The log's focus ring is drawn inside it: outside, the panel's overflow clips it away. */
  .messages:focus-visible {
    outline-offset: -3px;
  }
  .message {
    max-width: 85%;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .message.user {
    align-self: flex-end;
    align-items: flex-end;
  }
  .message.assistant,
  .message.system {
    align-self: flex-start;
  }
  /* Answers take the panel's width, as in ChatGPT-style panels; the visitor's stay bubbles. */
  .message.assistant {
    max-width: 100%;
    align-self: stretch;
  }
  .bubble {
    padding: 10px 14px;
    border-radius: 16px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  .user .bubble {
    background: var(--_primary);
    color: var(--_on-primary);
    border-end-end-radius: 4px;
  }
  .assistant .bubble,
  .system .bubble {
    background: var(--_surface);
    border-end-start-radius: 4px;
  }
  .meta {
    font-size: 0.786em;
    color: var(--_muted);
    display: flex;
    gap: 6px;
    align-items: center;
  }
  .meta.failed {
    color: var(--_danger);
  }
  .failed .link-button {
    color: var(--_danger);
    font-weight: 600;
  }
  .cursor::after {
    content: '▍';
    animation: miptech-blink 1s steps(2) infinite;
    opacity: 0.6;
  }
  @keyframes miptech-blink {
    50% {
      opacity: 0;
    }
  }
  .sources {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
  }
  .sources .card {
    display: flex;
    gap: 8px;
    align-items: baseline;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    text-decoration: none;
    color: var(--_text);
    background: var(--_bg);
  }
  .sources a.card:hover {
    border-color: var(--_accent);
  }
  .sources .n {
    font-size: 0.786em;
    font-weight: 700;
    color: var(--_on-primary);
    background: var(--_primary);
    border-radius: 6px;
    padding: 0 6px;
    flex: none;
  }
  .sources .t {
    font-weight: 600;
    font-size: 0.929em;
  }
  .sources .s {
    display: block;
    font-size: 0.857em;
    color: var(--_muted);
  }
  .typing {
    align-self: flex-start;
    display: flex;
    gap: 4px;
    padding: 12px 14px;
    border-radius: 16px;
    background: var(--_surface);
  }
  .typing span[aria-hidden] {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_muted);
    animation: miptech-bounce 1.2s infinite ease-in-out;
  }
  /* Reduced motion: no blinking cursor, no bouncing dots (the text says the same). */
  @media (prefers-reduced-motion: reduce) {
    .cursor::after,
    .typing span[aria-hidden] {
      animation: none;
    }
  }
  .typing span:nth-child(3) {
    animation-delay: 0.15s;
  }
  .typing span:nth-child(4) {
    animation-delay: 0.3s;
  }
  @keyframes miptech-bounce {
    0%,
    80%,
    100% {
      transform: translateY(0);
      opacity: 0.5;
    }
    40% {
      transform: translateY(-4px);
      opacity: 1;
    }
  }
  .actions-row {
    display: flex;
    align-items: center;
    gap: 2px;
    color: var(--_muted);
  }
  .thanks {
    font-size: 0.786em;
    margin-inline-start: 4px;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_link);
    border-radius: 999px;
    padding: 6px 12px;
    font-size: 0.929em;
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
    font-size: 0.857em;
    color: var(--_muted);
    width: 100%;
  }
  .feedback-form textarea {
    resize: vertical;
    padding: 6px 8px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_bg);
    font-size: calc(13em / 12);
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
    color: var(--_accent);
  }
  .link-button {
    border: none;
    background: none;
    padding: 0;
    /* The theme's link colour, made for text on its backgrounds (the brand colour is not: on dark it fell to 2.8:1). */
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    font-size: inherit;
  }
  .status {
    padding: 8px 16px;
    font-size: 0.857em;
    background: var(--_surface);
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .link-button.earlier {
    align-self: center;
    font-size: 0.857em;
  }
  /* Forced colours drop backgrounds: bubbles, chips and the chosen rating keep visible edges. */
  @media (forced-colors: active) {
    .bubble,
    .chip {
      border: 1px solid CanvasText;
    }
    .icon-button.chosen {
      outline: 2px solid Highlight;
    }
  }
`;
