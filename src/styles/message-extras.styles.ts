import { css } from './css.js';
import { space } from './scale.js';

/**
 * Around each message: when it was written (its time sits in the gap above it, shown for the
 * latest message, and for the others on hover or when something in it has focus; screen readers
 * always read it), a line with the day before a
 * day's first message, and the "‹ 2/2 ›" pager of a regenerated answer.
 */
export const messageExtrasStyles = css`
  .message {
    position: relative;
  }
  .message > .time {
    position: absolute;
    inset-block-start: -1.25em;
    inset-inline-start: 4px;
    font-size: 0.75em;
    line-height: 1.2;
    color: var(--_muted);
    opacity: 0;
    transition: opacity 120ms ease;
    pointer-events: none;
  }
  .message.user > .time {
    inset-inline-start: auto;
    inset-inline-end: 4px;
  }
  /* The latest message's time shows without hover: touch screens have none. */
  .message:hover > .time,
  .message:focus-within > .time,
  .message:nth-last-child(1 of .message:not(.greeting)) > .time {
    opacity: 1;
  }
  .day {
    margin: ${space(1)} 0 0;
    align-self: center;
    font-size: 0.786em;
    color: var(--_muted);
    display: flex;
    align-items: center;
    gap: ${space(2)};
    width: 100%;
  }
  .day::before,
  .day::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--_border);
  }
  .versions {
    display: flex;
    align-items: center;
    gap: ${space(0.5)};
    color: var(--_muted);
    font-size: 0.857em;
    font-variant-numeric: tabular-nums;
  }
  .versions .icon-button {
    font-size: 1.25em;
    line-height: 1;
  }
  .versions .icon-button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  @media (prefers-reduced-motion: reduce) {
    .message > .time {
      transition: none;
    }
  }
`;
