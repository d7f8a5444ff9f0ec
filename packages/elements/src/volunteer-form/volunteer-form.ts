// <qoldau-volunteer-form>: a volunteer application for one role (mentors, drivers, workshop
// helpers), with skills, shifts and their spots, and a guardian's consent for minors; built from the
// form foundation (../form/). The receiver decides the outcome per shift: confirmed or waitlisted.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  QoldauError,
  ageFrom,
  ageRule,
  isQoldauError,
  pickText,
  spotsLeft,
  textLength,
  toSafeUrl,
  validateRole,
  validateVolunteerSignup,
  MOTIVATION_LIMIT,
  VOLUNTEER_FIELDS,
  VOLUNTEER_LANGUAGES,
  type ContactRequirement,
  type FieldError,
  type VolunteerField,
  type VolunteerRole,
  type VolunteerSignupOptions,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import {
  PAGE_DATA,
  StateReporter,
  definedFields,
  invalidView,
  readInlineJson,
  textOf,
  widgetStyles,
} from '../base/widget.js';
import { FormController } from '../form/form-controller.js';
import {
  characterCount,
  checkboxField,
  choiceGroup,
  consentFields,
  contactFields,
  dateField,
  textField,
} from '../form/fields.js';
import { errorSummary } from '../form/error-summary.js';
import { honeypotField } from '../form/honeypot.js';
import { failureView, statusText } from '../form/form-status.js';
import { formStyles } from '../form/form.styles.js';
import { releaseFormTranslations, useFormTranslations } from '../form/form-locale.js';
import * as text from '../form/form-messages.js';
import * as say from './volunteer-messages.js';
import { volunteerStrings } from './volunteer-locale.js';
import { volunteerFormStyles } from './volunteer-form.styles.js';

type View =
  /** `privacyUrl` as checked (the skeleton links it like the form will). */
  | { state: 'loading'; privacyUrl?: string }
  | { state: 'invalid'; error: QoldauError }
  | { state: 'ready'; role: VolunteerRole; privacyUrl?: string };

/** Below this container width (px) `steps="auto"` splits the form into steps. */
const NARROW = 480;
/** The skeleton's stand-in for the role it waits for: the fields no role changes, none of its lists. */
const PENDING: VolunteerRole = {
  title: '',
  skills: [],
  shifts: [],
  guardian: false,
  guardianMinAge: 14,
  timezone: 'Asia/Almaty',
};
/** Input names of the date of birth: their errors are the group's, shown on `dob-day`. */
const DATE_PARTS = /^dob-(month|year)$/;
const LISTS = ['languages', 'skills', 'shifts'];

/** A list attribute: ids separated by commas or spaces. */
const listOf = (value: unknown): string[] | undefined =>
  typeof value === 'string'
    ? value
        .split(/[\s,]+/)
        .map((item) => item.trim())
        .filter(Boolean)
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : undefined;

/**
 * A volunteer application for one role: its title and description, then name, contact, city, date
 * of birth (or age), languages (Kazakh, Russian, English, Kazakh sign language, other), the role's
 * skills and shifts with the spots left ("2 of 5 spots left"; a full shift cannot be chosen), a
 * motivation with a character count, and the consents. Under 18 (or under a `min-age` above 18), a
 * role with `guardian` asks for a parent's or guardian's name, phone and consent, from its `min-age`
 * when that is under 18, else from `guardian-min-age` (14); younger than the role accepts, the form
 * says why it cannot be sent. Ages are counted on the day of sending in the role's time zone
 * (Asia/Almaty by default).
 *
 * In a narrow container (`steps="auto"`, below 480px) the form goes in three steps with "Step 2 of
 * 3"; each step is checked before the next, and nothing typed is lost going back.
 *
 * The role comes from attributes, from inline JSON (`<script type="application/json">` with any role
 * field of docs/data.md, and `fields` / `requiredFields`), or from the configured source
 * (`role-id="id"`); attributes win field by field. Submissions go through the configured sink and
 * outbox as form `volunteer:{id}`.
 *
 * @summary Volunteer application with skills, shifts and spots, and a guardian's consent for minors.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 * @slot description - What the role is about, shown under the title.
 * @slot next-steps - What happens next, in the NGO's words, shown after a successful application.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The role title.
 * @csspart progress - "Step 2 of 3", in steps.
 * @csspart status - The live status line (sending, saved offline, keep the page open).
 * @csspart form - The native form.
 * @csspart field - One field or group (label or legend, hint, error, input).
 * @csspart error-summary - The list of errors after a failed submit.
 * @csspart notice - Why the form cannot be sent (the visitor is younger than the role accepts).
 * @csspart submit - The submit button.
 * @csspart outcome - The answer (confirmed, waitlisted or received, per shift).
 * @csspart failure - Why the form was not sent, with a retry button.
 * @csspart error - The message shown for invalid role data.
 *
 * @event qoldau-load - The role data passed validation and is shown.
 * @event qoldau-error - The data was rejected, or a submission failed.
 * @event qoldau-submit - A visitor submitted a valid form.
 * @event qoldau-queued - The submission is stored in the outbox.
 * @event qoldau-success - The receiver answered (`detail.outcome`: confirmed or waitlisted, per shift in `shifts`).
 */
export class QoldauVolunteerForm extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, formStyles, volunteerFormStyles];

  static override properties: PropertyDeclarations = {
    roleId: { attribute: 'role-id' },
    heading: {},
    minAge: { attribute: 'min-age' },
    guardian: {},
    guardianMinAge: { attribute: 'guardian-min-age' },
    timezone: {},
    require: {},
    ageBy: { attribute: 'age-by' },
    fields: {},
    requiredFields: { attribute: 'required-fields' },
    steps: {},
    privacyUrl: { attribute: 'privacy-url' },
    operator: {},
    operatorBin: { attribute: 'operator-bin' },
    marketing: { type: Boolean },
    consentVersion: { attribute: 'consent-version' },
    form: {},
    refresh: { type: Number },
    step: { state: true },
    narrow: { state: true },
  };

  /**
   * Id of a role to read through the configured data source (attribute `role-id`); attributes still
   * win field by field. Not `role`: that is the host's ARIA role (`role="alert"` would make it one).
   */
  declare roleId?: string;
  /** The role title (default: the title from data). */
  declare heading?: string;
  /**
   * The role's minimum age. Under 18 it is the youngest age that may apply at all (with `guardian`,
   * up to 17 with a guardian's consent; without it, 18 applies); from 18 up, the age to apply alone.
   * A whole number from 0 to 120; anything else shows the invalid view.
   */
  declare minAge?: number | string;
  /**
   * Volunteers under 18 (or under a `min-age` above 18) may apply with a parent's or guardian's
   * consent. Unlike an HTML boolean attribute it can also say no: `guardian` or `guardian="true"`
   * turns it on, `guardian="false"` (or `no`, `0`) turns it off, over what the data says; without
   * the attribute the data decides.
   */
  declare guardian?: boolean | string;
  /**
   * With `guardian`: the youngest age even with a guardian (default 14) when `min-age` is not under
   * 18; a `min-age` under 18 takes its place. A whole number from 0 to 120; at or above the age to
   * apply alone, nobody applies with a guardian.
   */
  declare guardianMinAge?: number | string;
  /** IANA time zone ages are counted in. Default: Asia/Almaty. */
  declare timezone?: string;
  /** Which contact to ask for: `either` (default), `email`, `phone` or `both`. */
  declare require?: ContactRequirement;
  /** Ask for the date of birth (`birthdate`, default) or the age in years (`age`). */
  declare ageBy?: 'birthdate' | 'age';
  /** Optional fields shown (default all): `city languages skills shifts motivation`. */
  declare fields?: string;
  /** Shown fields that must be filled in (default: `shifts` when the role has shifts). */
  declare requiredFields?: string;
  /** `auto` (default: steps in a container narrower than 480px), `always` or `never`. */
  declare steps?: 'auto' | 'always' | 'never';
  /** The NGO's privacy policy (https), linked from the consent. */
  declare privacyUrl?: string;
  /** The operator of the personal data (the NGO's legal name), named in the consent. */
  declare operator?: string;
  /** The operator's BIN, named in the consent when given. */
  declare operatorBin?: string;
  /** Also ask for the separate, optional consent to receive news. */
  declare marketing?: boolean;
  /** Version of the consent text, recorded with each application (default "1"). */
  declare consentVersion?: string;
  /** The form name in the sink URL (default `volunteer:{id}`, or `volunteer` for a role without id). */
  declare form?: string;
  /** With `role-id`: seconds between refreshes of the spots while the page is visible. */
  declare refresh?: number;

  #inlineData: Record<string, unknown> = {};
  #inlineError?: QoldauError;
  declare private step: number;
  declare private narrow: boolean;
  /** The age from what is typed so far (the guardian's fields follow it), or undefined. */
  #typedAge?: number;
  #motivationLength = 0;
  #announced = '';
  #announceTimer?: ReturnType<typeof setTimeout>;
  #resizeObserver?: ResizeObserver;
  readonly #live = new LiveData(this, 'role');
  readonly #reporter = new StateReporter(this);
  #view: View = { state: 'loading' };
  private readonly controller = new FormController(this, {
    form: () => this.#formName,
    validate: (values) => this.#validate(values),
    payload: (values) => this.#payload(values),
    fieldOf: (name) => (DATE_PARTS.test(name) ? 'dob-day' : name),
  });

  constructor() {
    super();
    this.step = 0;
    this.narrow = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.#inlineData, error: this.#inlineError } = readInlineJson(this));
    this.waitFor(Promise.all([useFormTranslations(this), useFormTranslations(this, volunteerStrings)]));
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = entry.contentRect.width > 0 && entry.contentRect.width < NARROW;
      // In the next frame: a change now would resize the form within this observation.
      if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseFormTranslations(this);
    this.#resizeObserver?.disconnect();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(): void {
    this.#live.follow(this.roleId, this.refresh);
    this.#view = this.#computeView();
  }

  #computeView(): View {
    if (this.#inlineError) return { state: 'invalid', error: this.#inlineError };
    const live = this.#live.state;
    try {
      const privacyUrl = this.privacyUrl === undefined ? undefined : toSafeUrl(this.privacyUrl, 'privacy-url');
      if (live && !live.data) {
        return live.status === 'error' && live.error
          ? { state: 'invalid', error: live.error }
          : { state: 'loading', privacyUrl };
      }
      return { state: 'ready', role: this.#checkedRole(live?.data), privacyUrl };
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      return { state: 'invalid', error };
    }
  }

  /** The role as data and attributes give it, checked (throws a QoldauError). */
  #checkedRole(data: unknown): VolunteerRole {
    const merged: Record<string, unknown> = {
      ...this.#inlineData,
      ...(data as Record<string, unknown> | undefined),
      ...definedFields({
        title: this.heading,
        minAge: this.minAge,
        // A bare `guardian` attribute is on; `guardian="false"` is off (core reads the flag).
        guardian: this.guardian === '' ? true : this.guardian,
        guardianMinAge: this.guardianMinAge,
        timezone: this.timezone,
      }),
    };
    // A role read through the adapter is valid already, and valid again as a payload.
    return validateRole(merged);
  }

  get #formName(): string {
    const id = this.roleId ?? (this.#view.state === 'ready' ? this.#view.role.id : undefined);
    return textOf(this.form) ?? (id ? `volunteer:${id}` : 'volunteer');
  }

  get #contact(): ContactRequirement {
    return (['email', 'phone', 'either', 'both'] as const).find((rule) => rule === this.require) ?? 'either';
  }

  get #ageField(): 'age' | 'dob-day' {
    return this.ageBy === 'age' ? 'age' : 'dob-day';
  }

  /** Which optional fields show, and which of those are required (attributes, then inline JSON). */
  #config(role: VolunteerRole): Required<Pick<VolunteerSignupOptions, 'shown' | 'required'>> {
    const known = (list?: string[]) =>
      list?.filter((field): field is VolunteerField => (VOLUNTEER_FIELDS as readonly string[]).includes(field));
    const shown = (known(listOf(this.fields) ?? listOf(this.#inlineData.fields)) ?? [...VOLUNTEER_FIELDS]).filter(
      // A role without skills or shifts has nothing to choose.
      (field) => (field !== 'skills' || role.skills.length > 0) && (field !== 'shifts' || role.shifts.length > 0),
    );
    const required = known(listOf(this.requiredFields) ?? listOf(this.#inlineData.requiredFields)) ?? ['shifts'];
    return { shown, required: required.filter((field) => shown.includes(field)) };
  }

  #options(role: VolunteerRole): VolunteerSignupOptions {
    return { require: this.#contact, ageBy: this.ageBy === 'age' ? 'age' : 'birthdate', ...this.#config(role) };
  }

  /** The sign-up as core's rules read it: the same rules the receiver applies. */
  #check(values: FormData) {
    const role = (this.#view as Extract<View, { state: 'ready' }>).role;
    const input: Record<string, unknown> = Object.fromEntries(values);
    for (const list of LISTS) input[list] = values.getAll(list);
    return validateVolunteerSignup(input, role, this.#options(role));
  }

  #validate(values: FormData): FieldError[] {
    const result = this.#check(values);
    return result.ok ? [] : result.errors;
  }

  #payload(values: FormData) {
    const role = (this.#view as Extract<View, { state: 'ready' }>).role;
    const result = this.#check(values);
    if (!result.ok) throw new QoldauError('invalid-type', 'form'); // validated just before: unreachable
    const consents = [say.consentText(this.#operatorText)];
    if (result.value.guardian) consents.push(say.guardianConsentText(this.#operatorText));
    return {
      data: {
        role: this.roleId ?? role.id,
        ...result.value,
        timezone: role.timezone,
        marketing: values.get('marketing') !== null,
      },
      // What was agreed to, word for word, in the language shown (a guardian's consent too).
      consent: { given: true, text: consents.join('\n'), version: textOf(this.consentVersion) ?? '1' },
    };
  }

  get #operatorText(): string {
    return text.operatorName(textOf(this.operator) ?? location.hostname, textOf(this.operatorBin));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.#view;
    if (view.state === 'invalid') this.#reporter.error(view.error);
    else if (view.state === 'ready') this.#reporter.loaded(view.role, this.#live.state?.data ?? PAGE_DATA);
  }

  // ─── Steps ───────────────────────────────────────────────────────────────────────────────────

  get #stepping(): boolean {
    return this.steps === 'always' || (this.steps !== 'never' && this.narrow);
  }

  #stepNodes(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.step')];
  }

  /** The error fields whose inputs are in step `index`. */
  #errorsIn(index: number, errors: FieldError[]): FieldError[] {
    const node = this.#stepNodes()[index];
    return errors.filter((error) => node?.querySelector(`[name="${CSS.escape(error.field)}"]`));
  }

  async #goTo(index: number): Promise<void> {
    this.step = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#step-${index}`)?.focus();
  }

  /** "Next": checks this step; on errors shows them, else moves on. */
  async #next(): Promise<void> {
    const form = this.controller.form;
    if (!form) return;
    const errors = this.#errorsIn(this.step, this.#validate(new FormData(form)));
    if (errors.length) return this.controller.report(errors);
    this.controller.clearErrors();
    await this.#goTo(this.step + 1);
  }

  #back(): void {
    this.controller.clearErrors();
    void this.#goTo(this.step - 1);
  }

  readonly #onSubmit = (event: Event): void => {
    const last = this.#stepNodes().length - 1;
    if (this.#stepping && this.step < last) {
      // Enter in a field of an earlier step: the next step, not a submission.
      event.preventDefault();
      void this.#next();
      return;
    }
    const form = this.controller.form;
    if (this.#stepping && form) {
      // An error of an earlier step (say, the age): go there to show it.
      const errors = this.#validate(new FormData(form));
      const at = this.#stepNodes().findIndex((_, index) => this.#errorsIn(index, errors).length > 0);
      if (at !== -1 && at < this.step) {
        event.preventDefault();
        this.step = at;
        void this.updateComplete.then(() => this.controller.report(this.#errorsIn(at, errors)));
        return;
      }
    }
    this.controller.onSubmit(event);
  };

  // ─── Live parts: the age (guardian's fields) and the character count ─────────────────────────

  readonly #onInput = (event: Event): void => {
    this.controller.onInput(event);
    const input = event.target as HTMLInputElement;
    if (input.name === 'motivation') this.#countCharacters(input.value);
    else if (input.name === 'age' || input.name.startsWith('dob-')) this.#readAge();
  };

  #readAge(): void {
    const form = this.controller.form;
    if (!form || this.#view.state !== 'ready') return;
    const typed = ageFrom(Object.fromEntries(new FormData(form)), this.ageBy, this.#view.role.timezone);
    const age = 'age' in typed ? typed.age : undefined;
    if (age !== this.#typedAge) {
      this.#typedAge = age;
      this.requestUpdate();
    }
  }

  #countCharacters(value: string): void {
    this.#motivationLength = textLength(value);
    this.requestUpdate();
    // Announced when typing pauses, not on every key (govuk character-count).
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announced = say.charactersText(MOTIVATION_LIMIT - this.#motivationLength, this.locale);
      this.requestUpdate();
    }, 800);
  }

  // ─── Rendering ───────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const view = this.#view;
    if (view.state === 'invalid') return invalidView(this, view.error);
    if (view.state === 'loading')
      // The card as it will be, inert, with a bar for the title and the fields no role changes (in
      // steps, all of the first step): the box hardly moves when the role arrives (#9).
      return html`<section part="base" class="widget volunteer loading" aria-busy="true" inert>
        <h2 part="heading" class="bone">${this.heading ?? html`&nbsp;`}</h2>
        <slot name="description"></slot>
        ${this.#renderForm(PENDING, view.privacyUrl)}
      </section>`;
    const { role } = view;
    const title = pickText(role.title, this.locale) ?? '';
    const { state } = this.controller;
    return html`<section part="base" class="widget volunteer" data-state=${state} aria-labelledby="title">
      <h2 id="title" part="heading">${title}</h2>
      ${role.description ? html`<p class="description">${pickText(role.description, this.locale)}</p>` : nothing}
      <slot name="description"></slot>
      <div role="status" part="status" class="status">${statusText(this.controller)}</div>
      ${state === 'done' ? this.#renderOutcome(role, title) : this.#renderForm(role, view.privacyUrl)}
    </section>`;
  }

  #message = (error: FieldError): string => say.volunteerError(error) ?? text.fieldErrorMessage(error);

  #renderForm(role: VolunteerRole, privacyUrl?: string): TemplateResult {
    const c = this.controller;
    const locale = this.locale;
    const err = (field: string) => {
      const error = c.errorOf(field);
      return error && this.#message(error);
    };
    const { shown, required } = this.#config(role);
    const has = (field: VolunteerField) => shown.includes(field);
    const needs = (field: VolunteerField) => required.includes(field);
    const contact = this.#contact;
    const rule = this.#typedAge === undefined ? undefined : ageRule(this.#typedAge, role);
    const sending = c.state === 'sending' || c.state === 'queued';
    const stepping = this.#stepping;
    const titles = [say.aboutStep(), say.helpStep(), say.consentStep()];
    const step = (index: number, body: TemplateResult) =>
      html`<div class="step" ?hidden=${stepping && this.step !== index}>
        ${
          stepping && this.step === index
            ? html`<p part="progress" class="progress">${say.stepOf(index + 1, titles.length)}</p>
                <h3 id="step-${index}" tabindex="-1">${titles[index]}</h3>`
            : nothing
        }
        ${body}
      </div>`;
    const last = !stepping || this.step === titles.length - 1;

    const about = html`
      ${contactFields(contact, err)}
      ${
        has('city')
          ? textField({
              name: 'city',
              label: say.cityLabel(),
              autocomplete: 'address-level2',
              required: needs('city'),
              error: err('city'),
            })
          : nothing
      }
      ${
        this.ageBy === 'age'
          ? textField({ name: 'age', label: say.ageLabel(), inputmode: 'numeric', required: true, error: err('age') })
          : dateField({
              name: 'dob',
              label: say.dobLabel(),
              hint: say.dobHint(),
              autocomplete: 'bday',
              error: err('dob-day'),
              parts: { day: say.dayLabel(), month: say.monthLabel(), year: say.yearLabel() },
            })
      }
      ${
        rule?.rule === 'refused' && !c.errorOf(this.#ageField)
          ? html`<p part="notice" class="failure notice">${say.tooYoungNotice(rule.limit)}</p>`
          : nothing
      }
      ${
        has('languages')
          ? html`${choiceGroup({
              name: 'languages',
              label: say.languagesLabel(),
              required: needs('languages'),
              error: err('languages'),
              options: VOLUNTEER_LANGUAGES.map((value) => ({ value, label: say.languageNames()[value] })),
            })}
            ${textField({
              name: 'languages-other',
              label: say.otherLanguagesLabel(),
              required: false,
              error: err('languages-other'),
            })}`
          : nothing
      }
    `;

    const help = html`
      ${
        has('skills')
          ? choiceGroup({
              name: 'skills',
              label: say.skillsLabel(),
              required: needs('skills'),
              error: err('skills'),
              options: role.skills.map((skill) => ({
                value: skill.id,
                label: pickText(skill.label, locale) ?? skill.id,
              })),
            })
          : nothing
      }
      ${
        has('shifts')
          ? choiceGroup({
              name: 'shifts',
              label: say.shiftsLabel(),
              hint: say.shiftsHint(),
              required: needs('shifts'),
              error: err('shifts'),
              options: role.shifts.map((shift) => {
                const left = spotsLeft(shift);
                return {
                  value: shift.id,
                  label: pickText(shift.label, locale) ?? shift.id,
                  note: left === undefined ? undefined : say.spotsText(left, shift.capacity!, locale),
                  disabled: left === 0,
                };
              }),
            })
          : nothing
      }
      ${
        has('motivation')
          ? textField({
              name: 'motivation',
              label: say.motivationLabel(),
              multiline: true,
              required: needs('motivation'),
              error: err('motivation'),
              counter: characterCount(
                'motivation',
                say.charactersText(MOTIVATION_LIMIT - this.#motivationLength, locale),
                this.#announced,
                this.#motivationLength > MOTIVATION_LIMIT,
              ),
            })
          : nothing
      }
    `;

    const consent = html`
      ${
        rule?.rule === 'guardian'
          ? html`<fieldset class="guardian" part="field">
              <legend>${say.guardianLegend()}</legend>
              <p class="hint">${say.guardianHint(rule.limit)}</p>
              ${textField({
                name: 'guardian-name',
                label: say.guardianNameLabel(),
                required: true,
                autocomplete: 'section-guardian name',
                error: err('guardian-name'),
              })}
              ${textField({
                name: 'guardian-phone',
                label: say.guardianPhoneLabel(),
                type: 'tel',
                inputmode: 'tel',
                required: true,
                autocomplete: 'section-guardian tel',
                hint: text.phoneHint(),
                error: err('guardian-phone'),
              })}
              ${checkboxField({
                name: 'guardian-consent',
                label: say.guardianConsentText(this.#operatorText),
                required: true,
                error: err('guardian-consent'),
              })}
            </fieldset>`
          : nothing
      }
      ${consentFields({
        consent: say.consentText(this.#operatorText),
        operator: this.#operatorText,
        privacyUrl,
        marketing: this.marketing,
        error: err,
      })}
    `;

    return html`${failureView(this, c)}
      <form
        part="form"
        novalidate
        class=${stepping ? 'stepping' : ''}
        @submit=${this.#onSubmit}
        @change=${c.onChange}
        @input=${this.#onInput}
      >
        ${errorSummary(() => this.renderRoot, c.errors, text.summaryTitle(), this.#message)} ${step(0, about)}
        ${step(1, help)} ${step(2, consent)} ${honeypotField()}
        <div class="actions">
          ${
            last
              ? html`<button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
                  ${sending ? text.sendingLabel() : say.submitLabel()}
                </button>`
              : // A submit button, so Enter in a field moves on too (onSubmit checks the step).
                html`<button class="next" type="submit">${say.nextLabel()}</button>`
          }
          ${
            stepping && this.step > 0
              ? html`<button class="secondary" type="button" @click=${() => this.#back()}>${say.backLabel()}</button>`
              : nothing
          }
        </div>
      </form>`;
  }

  #renderOutcome(role: VolunteerRole, title: string): TemplateResult {
    const { outcome } = this.controller;
    const status = outcome?.status ?? 'received';
    const perShift = outcome && 'shifts' in outcome ? (outcome.shifts ?? {}) : {};
    const label = (id: string) => pickText(role.shifts.find((shift) => shift.id === id)?.label, this.locale) ?? id;
    const shifts = Object.entries(perShift);
    return html`<div part="outcome" class="outcome" data-outcome=${status}>
      <h3 tabindex="-1">
        ${
          status === 'waitlisted'
            ? say.waitlistedTitle()
            : status === 'confirmed'
              ? say.confirmedTitle()
              : say.receivedTitle()
        }
      </h3>
      <p>
        ${
          status === 'waitlisted'
            ? say.waitlistedText()
            : status === 'confirmed'
              ? say.confirmedText(title)
              : say.receivedText()
        }
      </p>
      ${
        shifts.length
          ? html`<ul class="shift-outcomes">
              ${shifts.map(
                ([id, result]) =>
                  html`<li data-shift-outcome=${result}>
                    ${result === 'confirmed' ? say.shiftConfirmed(label(id)) : say.shiftWaitlisted(label(id))}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <slot name="next-steps"></slot>
      <button class="secondary" type="button" @click=${() => this.#applyAgain()}>${say.anotherLabel()}</button>
    </div>`;
  }

  #applyAgain(): void {
    this.controller.reset();
    this.#typedAge = undefined;
    this.#motivationLength = 0;
    this.#announced = '';
    this.step = 0;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[name="name"]')?.focus());
  }
}
