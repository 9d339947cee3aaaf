import { css } from './css.js';
import { NARROW_QUERY } from './breakpoints.js';
import { radius, space } from './scale.js';

/**
 * The panel's frame, with the chat: its placement in a corner or inline, the header, notices and
 * the skeleton shown while the site owner's chunk loads (views/loading-body.ts). The header's AI
 * label and a broken configuration's list are in frame-extras.styles.ts. A page that never opens
 * the chat never parses it.
 */
export const panelStyles = css`
  /* The launcher's corner (launcher.styles.ts), for the panel above it. */
  .bottom-right .panel {
    inset-inline-end: var(--_offset);
  }
  .bottom-left .panel {
    inset-inline-start: var(--_offset);
  }
  .panel {
    position: fixed;
    bottom: calc(var(--_offset) + 72px);
    z-index: var(--_z);
    width: min(var(--_panel-width), calc(100vw - 2 * var(--_offset)));
    height: min(var(--_panel-height), calc(100vh - 120px));
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  /* With launcher="none" (the site's own button opens it) no room is kept for a launcher. */
  .root:not(:has(.launcher)) .panel {
    bottom: var(--_offset);
  }
  .header {
    display: flex;
    align-items: center;
    gap: ${space(2.5)};
    padding-block: ${space(3.5)};
    padding-inline: ${space(4)} ${space(3)};
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .header .avatar {
    width: 32px;
    height: 32px;
    border-radius: 50%;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_on-primary) 18%, transparent);
    flex: none;
  }
  .header .avatar svg {
    width: 18px;
    height: 18px;
    fill: currentColor;
  }
  .header h2 {
    margin: 0;
    font-size: 1.071em;
    font-weight: 600;
    line-height: 1.3;
  }
  .header .titles {
    flex: 1;
    min-width: 0;
  }
  .body {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  .notice {
    margin: ${space(4)};
    padding: ${space(4)};
    border-radius: ${radius('l')};
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: var(--_danger-bg);
  }
  .notice h3 {
    margin: 0 0 ${space(1.5)};
    font-size: 1.071em;
    color: var(--_danger);
  }
  .notice p {
    margin: 0 0 ${space(3)};
  }
  /* Inline, the widget never widens the page: whatever column the site puts it in (a grid's 1fr,
     a flex item), its width is the column's, never that of a wide table or code inside it (its
     inline size is contained: its content does not size it, so neither does its minimum). */
  .root.inline {
    contain: inline-size;
  }
  .root.inline .panel {
    position: relative;
    inset: auto;
    width: 100%;
    height: var(--_inline-height);
    max-height: none;
    box-shadow: none;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: ${space(2.5)};
    padding: ${space(4)};
  }
  .bone {
    height: 14px;
    width: 70%;
    border-radius: ${radius('m')};
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    animation: miptech-shimmer 1.2s ease-in-out infinite;
  }
  .bone.wide {
    width: 90%;
  }
  .bone.short {
    width: 40%;
  }
  @keyframes miptech-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media ${NARROW_QUERY} {
    /* Full screen on phones, at the visual viewport's height (the on-screen keyboard); more
       specific than the corner placement rules above. */
    .root.floating .panel {
      inset: 0;
      width: 100%;
      height: 100vh;
      height: var(--_viewport-height, 100dvh);
      border-radius: 0;
      border: none;
    }
  }
`;
