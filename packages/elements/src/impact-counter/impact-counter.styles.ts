// Styles of <qoldau-impact-counter>.
import { css } from 'lit';

export const impactCounterStyles = css`
  :host {
    --_value-color: var(--qoldau-counter-value-color, var(--_brand-text));
    --_value-size: var(--qoldau-counter-value-size, 2.25em);
  }
  .widget {
    height: 100%;
    line-height: 1.3;
    container-type: inline-size;
  }
  .figure {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  /* Number and noun side by side; a long noun wraps under the number, not indented. */
  .visual {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.3em;
  }
  .value {
    /* The final text (hidden) sets the width; the counting digits are laid over it, so nothing
       around the number moves while it counts. */
    position: relative;
    display: inline-block;
    /* Long figures ("24 500 000 ₸") shrink to fit a narrow card rather than overflow it. */
    font-size: min(var(--_value-size), 15cqi);
    font-weight: 750;
    letter-spacing: -0.02em;
    line-height: 1.1;
    color: var(--_value-color);
    /* Digits are grouped with no-break spaces: when even the shrunk figure is too wide (text spacing,
       WCAG 1.4.12), it may break between digits rather than run out of the card. */
    overflow-wrap: anywhere;
  }
  .reserve {
    visibility: hidden;
  }
  .current {
    position: absolute;
    inset: 0;
    text-align: end;
  }
  .noun {
    /* Spaced by the flex gap, not a space in the markup: template minifiers drop leading spaces. */
    font-size: 1.15em;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .label {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }

  .loading .label {
    width: 70%;
  }
`;
