// Theme tokens. Two levels only: global --qoldau-* tokens (documented in docs/theming.md) and
// per-component properties that fall back to them. Everything derives from one brand color;
// dark mode follows the page's `color-scheme` through light-dark().
//
// Any brand stays readable (issue #10): text, link and focus colours are the brand with its OKLCH
// lightness capped (light: ≤ .53, ≥ 4.5:1 on white) or floored (dark: ≥ .68, ≥ 4.5:1 on the dark
// surface); fills likewise (≤ .59 / ≥ .66: ≥ 3:1 against their track and the card). Chroma shrinks
// in proportion so the colour stays inside sRGB (clipping would move its luminance). Hue and
// chroma are kept, so a grey brand stays grey, and a brand already inside the bound is kept as is.
// The bounds come from a sweep of 36 brands (test/brand-colours.test.ts); greens are the tightest.
//
// Tokens only some widgets use are set by those widgets, so the first paint of the others does not
// carry them: --_accent (the chart) and --_focus (the chart and the forms: the focus ring, the brand
// text colour, ≥ 4.5:1 on the card where 45 % of the brand gave about 2:1).
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_brand: var(--qoldau-color-brand, #00687f);
    --_brand-text: light-dark(
      oklch(from var(--_brand) min(l, 0.53) calc(c * min(1, 0.53 / l)) h),
      oklch(from var(--_brand) max(l, 0.68) calc(c * min(1, 0.32 / (1 - l))) h)
    );
    --_text: var(--qoldau-color-text, light-dark(#1b2430, #eef2f6));
    --_muted: var(--qoldau-color-muted, light-dark(#4f5b68, #b4bfcc));
    --_surface: var(--qoldau-color-surface, light-dark(#ffffff, #16202b));
    --_border: var(--qoldau-color-border, light-dark(#d5dce3, #3a4654));
    --_fill: var(
      --qoldau-color-fill,
      light-dark(
        oklch(from var(--_brand) min(l, 0.59) calc(c * min(1, 0.59 / l)) h),
        oklch(from var(--_brand) max(l, 0.66) calc(c * min(1, 0.34 / (1 - l))) h)
      )
    );
    --_track: var(--qoldau-color-track, light-dark(color-mix(in oklab, var(--_fill) 14%, #fff), #2a3542));
    --_danger: var(--qoldau-color-danger, light-dark(#b42318, #ff8a80));
    --_success: var(--qoldau-color-success, light-dark(#0b6b3a, #6ee7a8));
    --_radius: var(--qoldau-radius, 12px);
    --_space: var(--qoldau-space, 8px);
    --_duration: var(--qoldau-motion-duration, 1200ms);

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
