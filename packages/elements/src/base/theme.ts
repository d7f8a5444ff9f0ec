// Theme tokens. Two levels only: global --qoldau-* tokens (documented in docs/theming.md) and
// per-component properties that fall back to them. Everything derives from one brand color;
// dark mode follows the page's `color-scheme` through light-dark(), and lifts the brand's
// lightness in OKLCH (keeping its hue and some chroma) so it stays vivid and readable.
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_brand: var(--qoldau-color-brand, #00687f);
    /* The brand as text or link color: lightened on dark surfaces to keep 4.5:1 contrast. */
    --_brand-text: light-dark(var(--_brand), oklch(from var(--_brand) 0.82 max(c, 0.09) h));
    --_accent: var(--qoldau-color-accent, light-dark(#8a5a00, #f5c04a));
    --_text: var(--qoldau-color-text, light-dark(#1b2430, #eef2f6));
    --_muted: var(--qoldau-color-muted, light-dark(#4f5b68, #b4bfcc));
    --_surface: var(--qoldau-color-surface, light-dark(#ffffff, #16202b));
    --_border: var(--qoldau-color-border, light-dark(#d5dce3, #3a4654));
    --_track: var(--qoldau-color-track, light-dark(color-mix(in oklab, var(--_brand) 14%, #fff), #2a3542));
    --_fill: var(--qoldau-color-fill, light-dark(var(--_brand), oklch(from var(--_brand) 0.74 max(c, 0.09) h)));
    --_danger: var(--qoldau-color-danger, light-dark(#b42318, #ff8a80));
    --_success: var(--qoldau-color-success, light-dark(#0b6b3a, #6ee7a8));
    --_radius: var(--qoldau-radius, 12px);
    --_space: var(--qoldau-space, 8px);
    --_duration: var(--qoldau-motion-duration, 1200ms);
    --_focus: var(--qoldau-focus-ring, 0 0 0 3px color-mix(in oklab, var(--_brand) 45%, transparent));

    color-scheme: inherit;
    /* The site's own font unless the token names another: a widget should look like the page. */
    font-family: var(--qoldau-font-family, inherit);
    /* Space after a widget, so widgets placed one after another do not touch. Margins collapse with
       the paragraphs' around them; set --qoldau-gap: 0 in a flex or grid container with its own gap. */
    margin-block: 0 var(--qoldau-gap, 1.5rem);
    color: var(--_text);
    box-sizing: border-box;
  }
  :host(:last-child) {
    margin-block-end: 0;
  }
  /* Widgets inside a widget (the counters of a group) are spaced by their parent's grid. */
  :host > * {
    --qoldau-gap: 0px;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
