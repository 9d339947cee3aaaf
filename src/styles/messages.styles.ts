import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * The conversation (views/message-list.ts, message-view.ts): the log, the messages and their
 * bubbles, delivery marks, the streaming cursor and the typing dots. What an answer carries
 * besides its text is in answer-parts.styles.ts.
 */
export const messagesStyles = css`
  .messages {
    /* Answers lay out by the log's width (markdown.styles.ts: narrow tables). */
    container: log / inline-size;
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: ${space(4)};
    display: flex;
    flex-direction: column;
    gap: ${space(3)};
  }
  /* What the log holds sits at its foot, by the composer, until it fills it: a new conversation's
     greeting and starter prompts are where the visitor is about to type, not above a gap. */
  .messages::before {
    content: '';
    margin-block: auto -${space(3)}; /* takes the free space above; cancels the log's gap below it */
  }
  /* The log's focus ring is drawn inside it: outside, the panel's overflow clips it away. */
  .messages:focus-visible {
    outline-offset: -3px;
  }
  .message {
    max-width: 85%;
    display: flex;
    flex-direction: column;
    gap: ${space(1)};
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
    padding: ${space(2.5)} ${space(3.5)};
    border-radius: ${radius('xl')};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  /*
   * The pointed corner is on the side the bubble hangs from: the panel's reading direction decides,
   * not the bubble's own (dir="auto": an English message on an Arabic page reads left to right).
   */
  .user .bubble {
    background: var(--_primary);
    color: var(--_on-primary);
    border-bottom-right-radius: ${radius('xs')};
  }
  .assistant .bubble,
  .system .bubble {
    background: var(--_surface);
    border-bottom-left-radius: ${radius('xs')};
  }
  .root[dir='rtl'] .user .bubble {
    border-radius: ${radius('xl')} ${radius('xl')} ${radius('xl')} ${radius('xs')};
  }
  .root[dir='rtl'] .assistant .bubble,
  .root[dir='rtl'] .system .bubble {
    border-radius: ${radius('xl')} ${radius('xl')} ${radius('xs')} ${radius('xl')};
  }
  .meta {
    font-size: 0.786em;
    color: var(--_muted);
    display: flex;
    gap: ${space(1.5)};
    align-items: center;
  }
  .meta.failed {
    color: var(--_danger);
  }
  .failed .link-button {
    color: var(--_danger);
    font-weight: 600;
  }
  /* The cursor ends the last words written (a paragraph, a heading, a list's last item), not a line of its own. */
  .bubble.cursor:not(.markdown)::after,
  .bubble.markdown.cursor > :last-child:not(ul, ol)::after,
  .bubble.markdown.cursor > :is(ul, ol):last-child > li:last-child::after {
    content: '▍';
    animation: miptech-blink 1s steps(2) infinite;
    opacity: 0.6;
  }
  @keyframes miptech-blink {
    50% {
      opacity: 0;
    }
  }
  .typing {
    align-self: flex-start;
    display: flex;
    gap: ${space(1)};
    padding: ${space(3)} ${space(3.5)};
    border-radius: ${radius('xl')};
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
    .cursor ::after,
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
