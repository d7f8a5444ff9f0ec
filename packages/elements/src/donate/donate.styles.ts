// <qoldau-donate>: amounts as large touch targets (at least 44 × 44 CSS px, WCAG 2.5.5/2.5.8), the
// chosen one filled, focus visible on the label around the radio; the Kaspi QR panel.
import { css } from 'lit';

export const donateStyles = css`
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: var(--_space);
  }
  .amount {
    position: relative;
    display: grid;
    align-content: center;
    gap: 0.15em;
    min-height: 44px;
    min-width: 44px;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
    font-weight: 400;
  }
  /* The native radio stays in the tab order and the accessibility tree; its label is the target. */
  .amount input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    width: 100%;
    height: 100%;
    cursor: pointer;
  }
  .amount:has(input:checked) {
    border-color: var(--_brand-text);
    background: color-mix(in oklab, var(--_brand) 12%, var(--_surface));
    box-shadow: inset 0 0 0 1px var(--_brand-text);
  }
  .amount:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  .amount:has([aria-invalid='true']),
  .amounts:has(.field-error) .amount {
    border-color: var(--_danger);
  }
  .sum {
    font-weight: 700;
  }
  .buys {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .frequency .options {
    grid-template-columns: repeat(2, minmax(0, 12em));
  }
  .note {
    margin: 0;
    color: var(--_muted);
  }
  button[type='submit'] {
    min-height: 44px;
  }
  .after {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    margin-top: calc(var(--_space) * 2);
  }
  .after h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .qr .code {
    width: var(--qoldau-donate-qr-size, 200px);
    height: var(--qoldau-donate-qr-size, 200px);
    border-radius: 4px;
  }
  .qr a {
    overflow-wrap: anywhere;
  }
  .loading .heading {
    height: 1.6em;
    width: 60%;
  }
  .loading .options {
    height: 6.5em;
  }
  .loading .button {
    height: 44px;
    width: 12em;
  }
  @media (forced-colors: active) {
    .amount:has(input:checked) {
      border-width: 4px;
      border-color: Highlight;
    }
  }
`;
