import { css } from './css.js';

/**
 * The public styling contract: `--miptech-chat-*` custom properties, read once here into
 * private `--_*` ones that the rest of the styles use. Host pages style the widget only
 * through these and the documented parts. Those only the chat's panel uses (its size, the
 * surface, error notices' background, muted text, links) are read with its chunk
 * (chat-tokens.styles.ts).
 */
export const tokensStyles = css`
  .root {
    --_primary: var(--miptech-chat-primary, #2563eb);
    --_on-primary: var(--miptech-chat-on-primary, #ffffff);
    --_primary-hover: var(--miptech-chat-primary-hover, #1d4ed8);
    --_accent: var(--_primary);
    --_font: var(--miptech-chat-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--miptech-chat-font-size, 0.875em);
    --_radius: var(--miptech-chat-radius, 16px);
    --_offset: var(--miptech-chat-offset, 20px);
    --_z: var(--miptech-chat-z-index, 2147483000);
    --_bg: var(--miptech-chat-background, #ffffff);
    --_text: var(--miptech-chat-text, #111827);
    --_border: var(--miptech-chat-border, #e5e7eb);
    --_danger: var(--miptech-chat-danger, #b91c1c);
    --_inline-height: var(--miptech-chat-inline-height, 560px);
    --_shadow: var(--miptech-chat-shadow, 0 12px 48px rgba(17, 24, 39, 0.18), 0 2px 8px rgba(17, 24, 39, 0.08));
  }
  /*
   * From the brand colour, in CSS (no script on the page's main thread): the text on it, black
   * or white, whichever contrasts more (a threshold on CIE lightness is exactly one on WCAG
   * luminance: at least 4.5:1 for any colour); a hover shade away from that text; and the
   * brand as a foreground on the panel (rings, borders, the chosen rating), its lightness
   * kept where text on the theme's background and surface reaches 4.5:1, hue and chroma kept.
   * A light brand (a yellow) also gets an edge, a darker shade of itself, where it would melt
   * into a white page: none below lightness 70, full from 80.
   * Browsers without relative colours keep white text and the brand as it is.
   */
  @supports (color: lch(from red l c h)) {
    .root {
      --_edge: lch(from var(--_primary) calc(l - 30) c h / calc((l - 70) / 10));
      --_on-primary: var(--miptech-chat-on-primary, lch(from var(--_primary) calc((49.5 - l) * 1000) 0 0));
      --_primary-hover: var(--miptech-chat-primary-hover,
        color-mix(in srgb, var(--_primary) 85%, lch(from var(--_primary) calc((l - 49.5) * 1000) 0 0)));
      --_accent: lch(from var(--_primary) min(l, 45) c h);
    }
    .root.dark {
      --_accent: lch(from var(--_primary) max(l, 62) c h);
    }
  }
  .root.dark {
    --_bg: var(--miptech-chat-background, #111827);
    --_text: var(--miptech-chat-text, #f9fafb);
    --_border: var(--miptech-chat-border, #374151);
    --_danger: var(--miptech-chat-danger, #fca5a5);
  }
`;
