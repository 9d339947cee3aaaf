import { css } from './css.js';

/**
 * Touch screens (a coarse pointer): every control takes a tap of at least 44 × 44 px, as Apple's
 * and Google's guidelines ask, and every text field is at least 16 px (smaller, and iOS zooms the
 * page when it takes focus). Buttons grow to that size; what sits inside text (a citation) or over
 * it (a code block's Copy) keeps its look, and its hit area grows around it (`::after`).
 */
export const touchStyles = css`
  @media (pointer: coarse) {
    .icon-button,
    .icon-button.small {
      min-width: 44px;
      min-height: 44px;
    }
    .chip,
    .button {
      min-height: 44px;
    }
    .meta .link-button,
    .status .link-button,
    .link-button.earlier {
      min-height: 44px;
      min-width: 44px;
    }
    sup.cite a {
      position: relative;
    }
    sup.cite a::after,
    .markdown .copy::after {
      content: '';
      position: absolute;
      left: 50%;
      top: 50%;
      width: max(100%, 44px);
      height: max(100%, 44px);
      transform: translate(-50%, -50%);
    }
    .feedback-form textarea {
      font-size: max(16px, 1em);
    }
  }
`;
