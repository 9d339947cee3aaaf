import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * What an answer carries besides its text (views/message-view.ts): its source cards, the row of
 * actions (rate, regenerate, copy), the suggested questions and the starter prompts as chips, and
 * the comment form a thumbs-down opens.
 */
export const answerPartsStyles = css`
  .sources {
    display: flex;
    flex-direction: column;
    gap: ${space(1.5)};
    margin: ${space(0.5)} 0 0;
    padding: 0;
    list-style: none;
  }
  .sources .card {
    display: flex;
    gap: ${space(2)};
    align-items: baseline;
    padding: ${space(2)} ${space(2.5)};
    border: 1px solid var(--_border);
    border-radius: ${radius('l')};
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
    border-radius: ${radius('s')};
    padding: 0 ${space(1.5)};
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
  .actions-row {
    display: flex;
    align-items: center;
    gap: ${space(0.5)};
    color: var(--_muted);
  }
  .thanks {
    font-size: 0.786em;
    margin-inline-start: ${space(1)};
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: ${space(1.5)};
  }
  /* The brand's, edge and text alike: the brand as a foreground, which reads at 4.5:1 (--_accent). */
  .chip {
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    border-radius: ${radius('pill')};
    padding: ${space(1.5)} ${space(3)};
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
    gap: ${space(1.5)};
    font-size: 0.857em;
    color: var(--_muted);
    width: 100%;
  }
  .feedback-form textarea {
    resize: vertical;
    padding: ${space(1.5)} ${space(2)};
    border: 1px solid var(--_border);
    border-radius: ${radius('m')};
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
`;
