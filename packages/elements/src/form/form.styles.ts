// Styles every form shares: inputs at 16px or more (iOS zooms into smaller ones), our own
// [aria-invalid] styles (never :invalid, which the browser decides), the error summary, the honeypot.
import { css } from 'lit';

export const formStyles = css`
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
  .optional,
  .hint {
    color: var(--_muted);
    font-weight: 400;
    margin: 0;
  }
  .optional {
    margin-left: 0.3em;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    font-size: max(16px, 1em);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    padding: calc(var(--_space) * 1.25);
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    caret-color: var(--_text);
  }
  input:autofill {
    -webkit-text-fill-color: var(--_text);
    box-shadow: 0 0 0 40px color-mix(in oklab, var(--_brand) 10%, var(--_surface)) inset;
  }
  /* A form whose data is loading is drawn (so nothing moves later) but inert: shown faded. */
  .loading form {
    opacity: 0.5;
  }
  /* The ring is a shadow; forced colours drop shadows and show the outline instead (below). */
  :is(input, select, textarea, button, a):focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .check {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: var(--_space);
  }
  .check > .field-error,
  .check > a {
    grid-column: 1 / -1;
  }
  .check > a {
    grid-column: 2;
    min-height: 24px; /* a target of its own line: WCAG 2.5.8 */
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_brand);
  }
  .check label {
    font-weight: 400;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .summary {
    border: 3px solid var(--_danger);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) * 1.5);
  }
  .summary:focus {
    outline: 2px solid transparent;
    box-shadow: var(--_focus);
  }
  .summary-title {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  a {
    color: var(--_brand-text);
  }
  .summary a {
    color: var(--_danger);
    font-weight: 600;
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
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  .failure {
    border-left: 4px solid var(--_danger);
    padding-left: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .failure p {
    margin: 0 0 var(--_space);
  }
  .outcome {
    border-left: 4px solid var(--_success);
    padding-left: calc(var(--_space) * 1.5);
  }
  .outcome h3 {
    margin: 0 0 var(--_space);
    color: var(--_success);
  }
  h2 {
    margin: 0 0 var(--_space);
    font-size: 1.3em;
    line-height: 1.25;
  }
  /* Headings focused by code (the outcome, a step) are not controls: no focus ring. */
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
  .group .check,
  .date-parts {
    display: grid;
    margin-top: calc(var(--_space) / 2);
  }
  .group .note {
    grid-column: 2;
    color: var(--_muted);
  }
  .date-parts {
    grid-template-columns: repeat(2, 4.5em) 6.5em;
    gap: var(--_space);
  }
  .date-part {
    display: grid;
  }
  .date-part label {
    font-weight: 400;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    :is(input, select, textarea, button, a):focus-visible,
    .summary:focus {
      outline-color: CanvasText;
    }
  }
`;
