// The labelled text field and the inline error that every form uses (fields.ts re-exports them
// with the other templates). The donate widget has its own cut-down copy (donate/amount-field.ts,
// which says why). Ids: the input `f-{name}`, its hint `h-{name}`, its error `e-{name}`.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorPrefix, optionalMark } from './field-messages.js';

export interface FieldOptions {
  name: string;
  label: string;
  /** The visible error sentence, when the field has one. */
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'number';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  maxlength?: number;
  min?: number;
  max?: number;
  value?: string;
  /** A multi-line text area instead of an input. */
  multiline?: boolean;
  /** Shown under the control and named by its `aria-describedby` as `c-{name}` (a characterCount). */
  counter?: TemplateResult;
}

/** `aria-describedby`: the hint, then the error (govuk input template). */
export function describedBy(name: string, hint?: string, error?: string, counter?: unknown): string | undefined {
  return (
    [hint ? `h-${name}` : '', error ? `e-${name}` : '', counter ? `c-${name}` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/** The label; "(optional)" only when `required` is false (undefined: neither, e.g. "email or phone"). */
export function labelOf(options: { name: string; label: string; required?: boolean }): TemplateResult {
  return html`<label for="f-${options.name}"
    >${options.label}${options.required === false ? html`<span class="optional">${optionalMark()}</span>` : nothing}</label
  >`;
}

/** The inline error: a hidden "Error:" prefix, then the sentence. Not a live region (the summary is focused). */
export function inlineError(name: string, error?: string): TemplateResult | typeof nothing {
  return error
    ? html`<p id="e-${name}" class="field-error"><span class="visually-hidden">${errorPrefix()}</span> ${error}</p>`
    : nothing;
}

export function hintOf(name: string, hint?: string): TemplateResult | typeof nothing {
  return hint ? html`<p id="h-${name}" class="hint">${hint}</p>` : nothing;
}

/** A labelled text input (or text area). `aria-invalid` is set in the same update as the error. */
export function textField(o: FieldOptions): TemplateResult {
  const common = {
    describedBy: describedBy(o.name, o.hint, o.error, o.counter),
    invalid: o.error ? 'true' : undefined,
  };
  const control = o.multiline
    ? html`<textarea
        id="f-${o.name}"
        name=${o.name}
        rows="3"
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${ifDefined(common.invalid)}
        ?required=${o.required}
      ></textarea>`
    : html`<input
        id="f-${o.name}"
        name=${o.name}
        type=${o.type ?? 'text'}
        .defaultValue=${o.value ?? ''}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        spellcheck=${ifDefined(o.type === 'email' ? 'false' : undefined)}
        maxlength=${ifDefined(o.maxlength)}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${ifDefined(common.invalid)}
        ?required=${o.required}
      />`;
  return html`<div class="field" part="field">
    ${labelOf(o)} ${hintOf(o.name, o.hint)} ${inlineError(o.name, o.error)} ${control} ${o.counter ?? nothing}
  </div>`;
}
