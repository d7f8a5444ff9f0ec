// The custom amount's field and the inline errors of <qoldau-donate>: the form foundation's text
// field (form/text-field.ts) cut down to what one amount needs. Written here rather than imported:
// a module the donate widget shared with the forms became a chunk of its own on every form page,
// and that split cost the volunteer form's page 300 B it does not have (docs/architecture.md,
// "Donate"). Same ids as the forms (`f-{name}`, `h-{name}`, `e-{name}`) and the same classes, so
// the styles and the tests read alike.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** The inline error: a hidden "Error:" prefix, then the sentence (govuk's pattern, as the forms). */
export function inlineError(name: string, error?: string): TemplateResult | typeof nothing {
  return error
    ? html`<p id="e-${name}" class="field-error">
        <span class="visually-hidden">${msg('Error:', { id: 'donate.error-prefix' })}</span> ${error}
      </p>`
    : nothing;
}

export interface AmountFieldOptions {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
}

/** A labelled, required text input for an amount (`inputmode="decimal"`: a phone shows digits and a separator). */
export function amountField(o: AmountFieldOptions): TemplateResult {
  return html`<div class="field" part="field">
    <label for="f-${o.name}">${o.label}</label>
    <p id="h-${o.name}" class="hint">${o.hint}</p>
    ${inlineError(o.name, o.error)}
    <input
      id="f-${o.name}"
      name=${o.name}
      type="text"
      .defaultValue=${o.value}
      autocomplete="transaction-amount"
      inputmode="decimal"
      aria-describedby=${o.error ? `h-${o.name} e-${o.name}` : `h-${o.name}`}
      aria-invalid=${o.error ? 'true' : nothing}
      required
    />
  </div>`;
}
