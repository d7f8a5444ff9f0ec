// Field templates (functions, not elements: every label, hint, error and input stays in the form's
// one shadow root, so `for` and `aria-describedby` resolve and autofill works as in plain HTML).
// Inputs are uncontrolled: Lit never writes `.value`, the form reads them with FormData.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContactRequirement } from '@qoldau/core';
import * as text from './form-messages.js';
import { describedBy, hintOf, inlineError, labelOf, textField, type FieldOptions } from './text-field.js';

export { inlineError, textField, type FieldOptions };

/**
 * A character count under a text area (govuk character-count): `shown` always visible (`c-{name}`),
 * `announced` in a polite live region rendered from the start (Chrome misses live regions added
 * later in shadow DOM), which the form updates only when typing pauses.
 */
export function characterCount(name: string, shown: string, announced: string, over: boolean): TemplateResult {
  return html`<p id="c-${name}" class="count ${over ? 'over' : ''}">${shown}</p>
    <p class="visually-hidden" aria-live="polite">${announced}</p>`;
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** After the label, e.g. "2 of 5 spots left". */
  note?: string;
  disabled?: boolean;
}

/**
 * A group of checkboxes in a fieldset (shifts, skills, languages): one `name`, one value per box.
 * The legend names the group; each box is labelled; the group's hint and error describe every box.
 */
export function choiceGroup(
  o: Pick<FieldOptions, 'name' | 'label' | 'error' | 'hint' | 'required'> & { options: readonly ChoiceOption[] },
): TemplateResult {
  const described = describedBy(o.name, o.hint, o.error);
  return html`<fieldset class="field group" part="field">
    <legend>
      ${o.label}${o.required === false ? html`<span class="optional">${text.optionalMark()}</span>` : nothing}
    </legend>
    ${hintOf(o.name, o.hint)} ${inlineError(o.name, o.error)}
    ${o.options.map(
      (option, index) =>
        html`<div class="check">
          <input
            id="f-${o.name}-${index}"
            name=${o.name}
            type="checkbox"
            value=${option.value}
            ?disabled=${option.disabled}
            aria-describedby=${ifDefined(
              [described, option.note ? `n-${o.name}-${index}` : ''].filter(Boolean).join(' ') || undefined,
            )}
            aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
          />
          <label for="f-${o.name}-${index}">${option.label}</label>
          ${option.note ? html`<span id="n-${o.name}-${index}" class="note">${option.note}</span>` : nothing}
        </div>`,
    )}
  </fieldset>`;
}

/**
 * A date as three numeric text inputs (`{name}-day`, `-month`, `-year`; govuk date-input: a native
 * date input fires no `input` on a partial date). Its error belongs to `{name}-day`; `autocomplete`
 * is the token prefix, e.g. `bday` → bday-day, bday-month, bday-year.
 */
export function dateField(
  o: Pick<FieldOptions, 'name' | 'label' | 'error' | 'hint'> & {
    autocomplete?: string;
    parts: { day: string; month: string; year: string };
  },
): TemplateResult {
  const first = `${o.name}-day`;
  const described = describedBy(first, o.hint, o.error);
  const part = (which: 'day' | 'month' | 'year', label: string) =>
    html`<div class="date-part ${which}">
      <label for="f-${o.name}-${which}">${label}</label>
      <input
        id="f-${o.name}-${which}"
        name="${o.name}-${which}"
        type="text"
        inputmode="numeric"
        maxlength=${which === 'year' ? 4 : 2}
        autocomplete=${ifDefined(o.autocomplete ? `${o.autocomplete}-${which}` : undefined)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
      />
    </div>`;
  return html`<fieldset class="field date" part="field">
    <legend>${o.label}</legend>
    ${hintOf(first, o.hint)} ${inlineError(first, o.error)}
    <div class="date-parts">
      ${part('day', o.parts.day)} ${part('month', o.parts.month)} ${part('year', o.parts.year)}
    </div>
  </fieldset>`;
}

/** A labelled select; the first option is an empty "choose" placeholder. */
export function selectField(
  o: FieldOptions & { options: readonly { value: string; label: string }[] },
): TemplateResult {
  return html`<div class="field" part="field">
    ${labelOf(o)} ${hintOf(o.name, o.hint)} ${inlineError(o.name, o.error)}
    <select
      id="f-${o.name}"
      name=${o.name}
      aria-describedby=${ifDefined(describedBy(o.name, o.hint, o.error))}
      aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
      ?required=${o.required}
    >
      <option value=""></option>
      ${o.options.map((option) => html`<option value=${option.value}>${option.label}</option>`)}
    </select>
  </div>`;
}

/** A single checkbox with its label after it; `extra` follows the label (e.g. a privacy link). */
export function checkboxField(
  o: Pick<FieldOptions, 'name' | 'label' | 'error' | 'required'> & { extra?: TemplateResult },
): TemplateResult {
  return html`<div class="field check" part="field">
    ${inlineError(o.name, o.error)}
    <input
      id="f-${o.name}"
      name=${o.name}
      type="checkbox"
      value="yes"
      aria-describedby=${ifDefined(o.error ? `e-${o.name}` : undefined)}
      aria-invalid=${ifDefined(o.error ? 'true' : undefined)}
      ?required=${o.required}
    />
    <label for="f-${o.name}">${o.label}</label>${o.extra ?? nothing}
  </div>`;
}

/**
 * Name, email and phone, as every form asks for them: `contact` says which of email and phone are
 * asked and required (`either`: both shown, neither required alone, and the hint says so).
 * `error(name)` gives a field's message.
 */
export function contactFields(
  contact: ContactRequirement,
  error: (name: string) => string | undefined,
): TemplateResult {
  const required = (rule: 'email' | 'phone') =>
    contact === 'either' ? undefined : contact === rule || contact === 'both';
  return html`${textField({ name: 'name', label: text.nameLabel(), required: true, autocomplete: 'name', error: error('name') })}
  ${
    contact === 'phone'
      ? nothing
      : textField({
          name: 'email',
          label: text.emailLabel(),
          type: 'email',
          autocomplete: 'email',
          inputmode: 'email',
          required: required('email'),
          hint: contact === 'either' ? text.contactHint() : undefined,
          error: error('email'),
        })
  }
  ${
    contact === 'email'
      ? nothing
      : textField({
          name: 'phone',
          label: text.phoneLabel(),
          type: 'tel',
          autocomplete: 'tel',
          inputmode: 'tel',
          required: required('phone'),
          hint: text.phoneHint(),
          error: error('phone'),
        })
  }`;
}

/**
 * The personal-data consent (required, unticked, with the privacy policy's link when there is one)
 * and, when the NGO asks for it, the optional marketing consent, as every form shows them.
 */
export function consentFields(o: {
  consent: string;
  operator: string;
  privacyUrl?: string;
  marketing?: boolean;
  error: (name: string) => string | undefined;
}): TemplateResult {
  return html`${checkboxField({
    name: 'consent',
    label: o.consent,
    required: true,
    error: o.error('consent'),
    extra: o.privacyUrl
      ? html`<a href=${o.privacyUrl} target="_blank" rel="noopener">${text.privacyLink()}</a>`
      : undefined,
  })}
  ${o.marketing ? checkboxField({ name: 'marketing', label: text.marketingText(o.operator) }) : nothing}`;
}
