// <qoldau-donate>: amounts as large touch targets (at least 44 × 44 CSS px, WCAG 2.5.5/2.5.8), the
// chosen one filled, focus visible on the label around the radio; the Kaspi QR panel.
import { css } from 'lit';

export const donateStyles = css`
  /* What the widget uses of the forms' styles (form/form.styles.ts), written out: importing that
     module would make it a chunk of its own on every form page (see amount-field.ts). */
  :host {
    --_focus: var(--qoldau-focus-ring, 0 0 0 3px var(--_brand-text)); /* see base/theme.ts */
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    scroll-margin: calc(var(--_space) * 4);
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    margin: 0;
  }
  input,
  button {
    font: inherit;
    font-size: max(16px, 1em);
  }
  input[type='text'] {
    width: 100%;
    padding: calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    caret-color: var(--_text);
  }
  /* The ring is a shadow; forced colours drop shadows and show the outline instead (below). */
  :is(input, button, a):focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  a {
    color: var(--_brand-text);
  }
  button {
    justify-self: start;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2.5);
    border: 2px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_fill);
    color: light-dark(#fff, #0b1118);
    font-weight: 700;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_brand-text);
    border-color: currentColor;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .failure {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  .outcome {
    border-left: 4px solid var(--_success);
    padding-left: calc(var(--_space) * 1.5);
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.3em;
    line-height: 1.25;
  }
  /* Headings focused by code (the QR panel, the outcome) are not controls: no focus ring. */
  h3[tabindex]:focus {
    outline: none;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr));
    gap: var(--_space);
  }
  .amount {
    position: relative;
    display: grid;
    /* Top-aligned: the amounts line up across a row whatever the length of what each buys. */
    align-content: start;
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
  /* The skeleton is the form itself (donate.ts, computeView): its texts shimmer like .bone (the
     same gradient as base/widget.ts, repeated here so the entry carries no donate selectors). */
  .loading :is(h2, legend, .sum, .buys, .field label, .hint, .note, [type='submit']) {
    color: transparent;
    border-radius: 6px;
    background: linear-gradient(
        90deg,
        var(--_track),
        color-mix(in oklab, var(--_track) 40%, var(--_surface)),
        var(--_track)
      )
      0 0 / 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .loading .heading {
    height: 1.6em;
    width: 60%;
  }
  .loading .bone.options {
    height: 6.5em;
  }
  .loading .button {
    height: 44px;
    width: 12em;
  }
  @media (forced-colors: active) {
    :is(input, button, a):focus-visible {
      outline-color: CanvasText;
    }
    .amount:has(input:checked) {
      border-width: 4px;
      border-color: Highlight;
    }
  }
`;
