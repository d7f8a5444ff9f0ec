// Styles of <qoldau-impact-counter>.
import { css } from 'lit';

export const impactCounterStyles = css`
  :host {
    display: block;
    --_value-color: var(--qoldau-counter-value-color, var(--_fill));
    --_value-size: var(--qoldau-counter-value-size, 2.25em);
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    height: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    line-height: 1.3;
  }
  .figure {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .value {
    /* The final text (hidden) sets the width; the counting digits are laid over it, so nothing
       around the number moves while it counts. */
    position: relative;
    display: inline-block;
    font-size: var(--_value-size);
    font-weight: 750;
    letter-spacing: -0.02em;
    line-height: 1.1;
    color: var(--_value-color);
    white-space: nowrap;
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
    /* A margin, not a space in the markup: template minifiers drop leading spaces. */
    margin-inline-start: 0.3em;
    font-size: 1.15em;
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .label {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }

  /* Loading: the same boxes with placeholders, so nothing moves when data arrives. */
  .loading .value,
  .loading .label {
    color: transparent;
    border-radius: 6px;
    background: linear-gradient(90deg, var(--_track), color-mix(in oklab, var(--_track) 40%, var(--_surface)), var(--_track));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .loading .label {
    width: 70%;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  .error {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    margin-top: 0.15em;
  }
  ::slotted(a) {
    color: var(--_brand);
  }
`;
