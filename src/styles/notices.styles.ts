import { css } from 'lit';

/**
 * The chat's notices (views/notices.ts): the connection status line and banner above the
 * conversation (which stay in view), a message that waits for the network, and the consent notice.
 */
export const noticesStyles = css`
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
  .banner {
    margin: 8px 12px 0;
    padding: 10px 12px;
    border-radius: 10px;
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: var(--_danger-bg);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }
  .banner p {
    margin: 0;
    flex: 1 1 16em;
  }
  .banner strong {
    color: var(--_danger);
  }
  .meta.queued {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    color: var(--_muted);
  }
  .consent {
    margin: auto 16px;
    padding: 16px;
    border-radius: 12px;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .consent h3 {
    margin: 0 0 8px;
    font-size: 1.071em;
  }
  .consent-notice {
    margin: 0 0 14px;
  }
  .consent-notice ::slotted(*) {
    margin: 0;
  }
  @media (forced-colors: active) {
    .banner,
    .consent {
      border-color: CanvasText;
    }
  }
`;
