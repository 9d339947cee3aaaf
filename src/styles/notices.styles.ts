import { css } from './css.js';
import { radius, space } from './scale.js';

/**
 * The chat's notices (views/notices.ts): the connection status line and banner above the
 * conversation (which stay in view), a message that waits for the network, and the consent notice.
 */
export const noticesStyles = css`
  .status {
    padding: ${space(2)} ${space(4)};
    font-size: 0.857em;
    background: var(--_surface);
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: ${space(2)};
  }
  .banner {
    margin: ${space(2)} ${space(3)} 0;
    padding: ${space(2.5)} ${space(3)};
    border-radius: ${radius('l')};
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: var(--_danger-bg);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${space(2)} ${space(3)};
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
    gap: ${space(2)};
    justify-content: flex-end;
    color: var(--_muted);
  }
  .consent {
    margin: auto ${space(4)};
    padding: ${space(4)};
    border-radius: ${radius('l')};
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .consent h3 {
    margin: 0 0 ${space(2)};
    font-size: 1.071em;
  }
  .consent-notice {
    margin: 0 0 ${space(3.5)};
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
