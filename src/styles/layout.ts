import { css } from 'lit';

/** Launcher, panel and their placement. */
export const layout = css`
  .launcher {
    position: fixed;
    bottom: var(--_offset);
    z-index: var(--_z);
    width: 60px;
    height: 60px;
    border-radius: 50%;
    border: none;
    padding: 0;
    margin: 0;
    cursor: pointer;
    display: grid;
    place-items: center;
    background: var(--_primary);
    color: var(--_on-primary);
    box-shadow: var(--_shadow);
    transition: transform 160ms ease, background-color 160ms ease;
  }
  .launcher:hover {
    background: var(--_primary-hover);
    transform: translateY(-1px) scale(1.03);
  }
  .launcher svg {
    width: 28px;
    height: 28px;
    fill: currentColor;
  }
  .launcher.has-problem::after {
    content: '!';
    position: absolute;
    top: -2px;
    right: -2px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_danger);
    color: #fff;
    font: 700 13px/20px var(--_font);
    text-align: center;
  }
  .bottom-right .launcher,
  .bottom-right .panel {
    right: var(--_offset);
  }
  .bottom-left .launcher,
  .bottom-left .panel {
    left: var(--_offset);
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
    animation: miptech-rise 180ms ease-out;
  }
  @keyframes miptech-rise {
    from {
      opacity: 0;
      transform: translateY(12px) scale(0.98);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .panel,
    .launcher {
      animation: none;
      transition: none;
    }
  }
  @media (max-width: 480px) {
    /* Full screen on phones; more specific than the corner placement rules above. */
    .root.floating .panel {
      inset: 0;
      width: 100%;
      height: 100vh;
      height: 100dvh;
      border-radius: 0;
      border: none;
    }
    /* The full-screen panel has its own close button; the launcher would cover the composer. */
    .root.floating.open .launcher {
      display: none;
    }
  }
  .header {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 14px 12px 14px 16px;
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
    font-size: 15px;
    font-weight: 600;
    line-height: 1.3;
  }
  .header .subtitle {
    font-size: 12px;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: #9ca3af;
    display: inline-block;
  }
  .dot.open {
    background: #22c55e;
  }
  .dot.waiting,
  .dot.connecting,
  .dot.suspended {
    background: #f59e0b;
  }
  .dot.closed {
    background: #ef4444;
  }
  .header .titles {
    flex: 1;
    min-width: 0;
  }
  .icon-button {
    border: none;
    background: transparent;
    color: inherit;
    width: 36px;
    height: 36px;
    border-radius: 8px;
    cursor: pointer;
    display: grid;
    place-items: center;
    flex: none;
  }
  .icon-button:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  .icon-button svg {
    width: 20px;
    height: 20px;
    fill: currentColor;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .header :focus-visible,
  .launcher:focus-visible {
    outline-color: var(--_on-primary);
    box-shadow: 0 0 0 4px var(--_primary);
  }
  .status {
    padding: 8px 16px;
    font-size: 12px;
    background: var(--_surface);
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .body {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
`;
