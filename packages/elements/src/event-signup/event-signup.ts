// <qoldau-event-signup>: an event (workshop, course, seminar) with limited seats and its sign-up
// form, built from the form foundation (../form/). The receiver decides the outcome: confirmed,
// waitlisted or rejected, and the form shows exactly that.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  QoldauError,
  formatDate,
  formatNumber,
  isQoldauError,
  isRecord,
  pickText,
  toCount,
  toDate,
  toLocalizedText,
  toSafeUrl,
  validateEvent,
  type CharityEvent,
  type QoldauLocale,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import {
  PAGE_DATA,
  StateReporter,
  definedFields,
  errorMessagesFor,
  invalidView,
  readInlineJson,
  widgetStyles,
} from '../base/widget.js';
import { keepPageOpenMessage } from '../messages.js';
import { FormController, type FieldError } from '../form/form-controller.js';
import { checkboxField, selectField, textField } from '../form/fields.js';
import { errorSummary } from '../form/error-summary.js';
import { honeypotField } from '../form/honeypot.js';
import { formStyles } from '../form/form.styles.js';
import * as text from '../form/form-messages.js';
import * as say from './signup-messages.js';
import { MAX_NOTE, MAX_TEXT, toE164, validateSignup, type ContactRule, type ExtraField } from './signup-rules.js';
import { eventSignupStyles } from './event-signup.styles.js';

/** The event as the widget uses it: the core event plus the sign-up settings. */
interface SignupEvent extends CharityEvent {
  deadline?: Date;
  online?: string;
  maxPerSignup: number;
  fields: ExtraField[];
}

type View = { state: 'loading' } | { state: 'invalid'; error: QoldauError } | { state: 'ready'; event: SignupEvent };

const FIELD_TYPES = new Set(['text', 'select', 'checkbox']);

/** Extra fields from inline JSON: `[{ name, type, label: {kk, ru, en}, required, options }]`. */
function toExtraFields(value: unknown): ExtraField[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', 'fields');
  return value.map((item, index) => {
    const field = `fields[${index}]`;
    if (!isRecord(item) || typeof item.name !== 'string' || !/^[a-z][\w-]{0,39}$/i.test(item.name))
      throw new QoldauError('invalid-type', `${field}.name`);
    if (!FIELD_TYPES.has(String(item.type))) throw new QoldauError('invalid-type', `${field}.type`);
    const options =
      item.type === 'select'
        ? (Array.isArray(item.options) ? item.options : []).map((option, at) => {
            if (!isRecord(option) || typeof option.value !== 'string')
              throw new QoldauError('invalid-type', `${field}.options[${at}]`);
            return { value: option.value, label: toLocalizedText(option.label ?? option.value, `${field}.options`) };
          })
        : undefined;
    if (options?.length === 0) throw new QoldauError('missing-field', `${field}.options`);
    return {
      name: item.name,
      type: item.type as ExtraField['type'],
      label: toLocalizedText(item.label, `${field}.label`),
      required: item.required === true,
      options,
    } as ExtraField;
  });
}

/**
 * Sign-up for an event with limited seats: title, date and time in the event's time zone (and in
 * the visitor's when it differs), place or online link, seats left, then the form. When the
 * event is full the form becomes a waiting-list sign-up; after the deadline or the start it is
 * closed. After a sign-up it says what the receiver decided and offers "Sign up someone else".
 *
 * The event comes from attributes, from inline JSON (`<script type="application/json">` with any
 * event field plus `deadline`, `online`, `maxPerSignup` and `fields`, the extra questions), or
 * from the configured source (`event="id"`); attributes win field by field. Submissions go
 * through the configured sink and outbox (docs/data.md) as form `event-signup`.
 *
 * Children without a `slot` are the no-JavaScript fallback (a link to the NGO's own registration
 * page): visitors see them if the script never loads, and again if the event data is invalid.
 *
 * @summary Event sign-up with capacity, waiting list and confirmation.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 * @slot description - What the event is about, shown under the date and place.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The event title.
 * @csspart details - When and where.
 * @csspart seats - Seats left, full (waiting list) or closed.
 * @csspart status - The live status line (sending, saved offline, keep the page open).
 * @csspart form - The native form.
 * @csspart field - One field (label, hint, error, input).
 * @csspart error-summary - The list of errors after a failed submit.
 * @csspart submit - The submit button.
 * @csspart outcome - The confirmation (confirmed, waitlisted or received).
 * @csspart failure - Why the form was not sent, with a retry button.
 * @csspart error - The message shown for invalid input.
 *
 * @event qoldau-load - The event data passed validation and is shown.
 * @event qoldau-error - The data was rejected, or a submission failed.
 * @event qoldau-submit - A visitor submitted a valid form.
 * @event qoldau-queued - The submission is stored in the outbox.
 * @event qoldau-success - The receiver answered (`detail.outcome`: confirmed or waitlisted).
 */
export class QoldauEventSignup extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, formStyles, eventSignupStyles];

  static override properties: PropertyDeclarations = {
    event: {},
    heading: {},
    starts: {},
    ends: {},
    timezone: {},
    location: {},
    online: {},
    capacity: {},
    registered: {},
    deadline: {},
    maxPerSignup: { attribute: 'max-per-signup' },
    require: {},
    privacyUrl: { attribute: 'privacy-url' },
    operator: {},
    operatorBin: { attribute: 'operator-bin' },
    marketing: { type: Boolean },
    consentVersion: { attribute: 'consent-version' },
    form: {},
    visitorTimeZone: { attribute: 'visitor-timezone' },
    refresh: { type: Number },
    inlineData: { state: true },
    inlineError: { state: true },
  };

  /** Id of an event to read through the configured data source; attributes still win field by field. */
  declare event?: string;
  /** The event title (default: the title from data). */
  declare heading?: string;
  /** Start: ISO 8601 date-time, e.g. "2026-12-05T10:00:00+05:00". */
  declare starts?: string;
  /** End: ISO 8601 date-time. */
  declare ends?: string;
  /** IANA time zone of the event. Default: Asia/Almaty. */
  declare timezone?: string;
  /** Where it happens (plain text). */
  declare location?: string;
  /** An https link for an online event. */
  declare online?: string;
  /** Seats; absent means unlimited. */
  declare capacity?: number | string;
  /** Seats taken so far. */
  declare registered?: number | string;
  /** Last moment to sign up (ISO 8601); the start by default. */
  declare deadline?: string;
  /** The most people one sign-up may bring (default 1), further limited by the seats left. */
  declare maxPerSignup?: number | string;
  /** Which contact to ask for: `email` (default), `phone`, `either` or `both`. */
  declare require?: ContactRule;
  /** The NGO's privacy policy (https), linked from the consent. */
  declare privacyUrl?: string;
  /** The operator of the personal data (the NGO's legal name), named in the consent. */
  declare operator?: string;
  /** The operator's BIN, named in the consent when given. */
  declare operatorBin?: string;
  /** Also ask for the separate, optional consent to receive news. */
  declare marketing?: boolean;
  /** Version of the consent text, recorded with each sign-up (default "1"). */
  declare consentVersion?: string;
  /** The form name in the sink URL (default `event-signup`). */
  declare form?: string;
  /** The visitor's IANA time zone (default: the browser's); for previews and tests. */
  declare visitorTimeZone?: string;
  /** With `event`: seconds between refreshes of the seat count while the page is visible. */
  declare refresh?: number;

  private inlineData: Record<string, unknown> = {};
  declare private inlineError?: QoldauError;
  /** Seats taken as the receiver last told us (its reply counts the new sign-up). */
  private registeredAfterSignup?: number;
  private readonly live = new LiveData(this, 'event');
  private readonly reporter = new StateReporter(this);
  private view: View = { state: 'loading' };
  private readonly controller = new FormController(this, {
    form: () => this.form ?? 'event-signup',
    validate: (values) => this.validate(values),
    payload: (values) => this.payload(values),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.inlineData, error: this.inlineError } = readInlineJson(this));
  }

  protected override willUpdate(): void {
    this.live.follow(this.event, this.refresh);
    this.view = this.computeView();
  }

  private computeView(): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    const live = this.live.state;
    if (live && !live.data) {
      return live.status === 'error' && live.error ? { state: 'invalid', error: live.error } : { state: 'loading' };
    }
    const merged: Record<string, unknown> = {
      ...this.inlineData,
      ...live?.data,
      ...definedFields({
        title: this.heading,
        startsAt: this.starts,
        endsAt: this.ends,
        timezone: this.timezone,
        location: this.location,
        capacity: this.capacity,
        registered: this.registered,
        deadline: this.deadline,
        online: this.online,
        maxPerSignup: this.maxPerSignup,
      }),
    };
    try {
      const event = validateEvent(merged);
      if (this.registeredAfterSignup !== undefined) event.registered = this.registeredAfterSignup;
      if (this.privacyUrl !== undefined) toSafeUrl(this.privacyUrl, 'privacy-url');
      return {
        state: 'ready',
        event: {
          ...event,
          deadline: merged.deadline == null ? undefined : toDate(merged.deadline, 'deadline'),
          online: merged.online == null ? undefined : toSafeUrl(merged.online, 'online'),
          maxPerSignup: merged.maxPerSignup == null ? 1 : Math.max(1, toCount(merged.maxPerSignup, 'maxPerSignup')),
          fields: toExtraFields(this.inlineData.fields),
        },
      };
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      return { state: 'invalid', error };
    }
  }

  /** Seats left, or undefined when the event has no capacity. */
  private seatsLeft(event: SignupEvent): number | undefined {
    return event.capacity === undefined ? undefined : Math.max(0, event.capacity - event.registered);
  }

  private isClosed(event: SignupEvent, now = Date.now()): boolean {
    return now >= (event.deadline ?? event.startsAt).getTime() || now >= event.startsAt.getTime();
  }

  private maxAttendees(event: SignupEvent): number {
    const left = this.seatsLeft(event);
    return left ? Math.min(event.maxPerSignup, left) : event.maxPerSignup;
  }

  private get contact(): ContactRule {
    return (['email', 'phone', 'either', 'both'] as const).find((rule) => rule === this.require) ?? 'email';
  }

  private validate(values: FormData): FieldError[] {
    const event = this.view.state === 'ready' ? this.view.event : undefined;
    return validateSignup(values, {
      contact: this.contact,
      maxAttendees: event ? this.maxAttendees(event) : 1,
      extra: event?.fields ?? [],
    });
  }

  private payload(values: FormData) {
    const event = (this.view as Extract<View, { state: 'ready' }>).event;
    const get = (name: string) => String(values.get(name) ?? '').trim();
    const extra = Object.fromEntries(
      event.fields.map((field) => [
        field.name,
        field.type === 'checkbox' ? values.get(`x-${field.name}`) !== null : get(`x-${field.name}`),
      ]),
    );
    const data: Record<string, unknown> = {
      event: this.event ?? event.id ?? pickText(event.title, 'en'),
      name: get('name'),
      ...(get('email') ? { email: get('email') } : {}),
      ...(get('phone') ? { phone: toE164(get('phone')) } : {}),
      attendees: Number(get('attendees') || 1),
      ...(get('access') ? { accessibility: get('access') } : {}),
      ...(event.fields.length ? { fields: extra } : {}),
      marketing: values.get('marketing') !== null,
      waitlist: this.seatsLeft(event) === 0,
    };
    return {
      data,
      // What the visitor agreed to, word for word, in the language shown (the locale is recorded too).
      consent: { given: true, text: text.consentText(this.operatorText), version: this.consentVersion ?? '1' },
    };
  }

  private get operatorText(): string {
    return text.operatorName(this.operator ?? location.hostname, this.operatorBin);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { view } = this;
    if (view.state === 'invalid') this.reporter.error(view.error);
    else if (view.state === 'ready') this.reporter.loaded(view.event, this.live.state?.data ?? PAGE_DATA);
  }

  /** Seats after a confirmed sign-up: the receiver's count, or ours plus the new attendees. */
  private noteSignup(event: SignupEvent): void {
    const { outcome } = this.controller;
    if (outcome?.registered !== undefined) this.registeredAfterSignup = outcome.registered;
    else if (outcome?.status === 'confirmed') {
      const attendees = Number(new FormData(this.controller.form ?? undefined).get('attendees') ?? 1) || 1;
      this.registeredAfterSignup = event.registered + attendees;
    }
  }

  private whenText(event: SignupEvent, locale: QoldauLocale, timeZone: string): string {
    const day = (date: Date) =>
      formatDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone });
    const time = (date: Date, zone = false) =>
      formatDate(date, locale, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        ...(zone ? { timeZoneName: 'short' } : {}),
      });
    const { startsAt: start, endsAt: end } = event;
    if (!end) return `${day(start)}, ${time(start, true)}`;
    if (day(start) === day(end)) return `${day(start)}, ${time(start)}–${time(end, true)}`;
    return `${day(start)}, ${time(start)} – ${day(end)}, ${time(end, true)}`;
  }

  protected override render() {
    const { view } = this;
    if (view.state === 'invalid') return invalidView(this, view.error);
    if (view.state === 'loading')
      return html`<div part="base" class="widget loading" aria-busy="true"><p class="bone">&nbsp;</p></div>`;
    const { event } = view;
    const locale = this.locale;
    const title = pickText(event.title, locale) ?? '';
    const visitorZone = this.visitorTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const when = this.whenText(event, locale, event.timezone);
    const theirs = this.whenText(event, locale, visitorZone);
    const left = this.seatsLeft(event);
    const closed = this.isClosed(event);
    const { state } = this.controller;
    return html`<section part="base" class="widget signup" data-state=${state} aria-labelledby="title">
      <h2 id="title" part="heading">${title}</h2>
      <dl part="details">
        <dt>${say.whenLabel()}</dt>
        <dd>${when} ${theirs === when ? nothing : html`<br /><span class="muted">${say.yourTime(theirs)}</span>`}</dd>
        ${
          event.location || event.online
            ? html`<dt>${say.whereLabel()}</dt>
                <dd>
                  ${pickText(event.location, locale) ?? nothing}
                  ${event.online ? html`<a href=${event.online} rel="noopener">${say.onlineLink()}</a>` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      <slot name="description"></slot>
      <p part="seats" class="seats">
        ${
          closed
            ? say.closedMessage()
            : left === 0
              ? say.fullMessage()
              : left === undefined
                ? nothing
                : say.seatsLeft(left, locale)
        }
        ${
          !closed && event.deadline
            ? html`<br /><span class="muted"
                  >${say.deadlineLine(formatDate(event.deadline, locale, { dateStyle: 'long', timeZone: event.timezone }))}</span
                >`
            : nothing
        }
      </p>
      <div role="status" part="status" class="status">${this.statusText()}</div>
      ${state === 'done' ? this.renderOutcome(title) : closed ? nothing : this.renderForm(event, left === 0)}
    </section>`;
  }

  private statusText(): string | typeof nothing {
    const { state, keepOpen } = this.controller;
    if (state === 'sending') return keepOpen ? keepPageOpenMessage() : text.sendingLabel();
    if (state === 'queued') return keepOpen ? keepPageOpenMessage() : text.queuedMessage();
    return nothing;
  }

  private message(error: FieldError, event: SignupEvent): string {
    const extra = event.fields.find((field) => `x-${field.name}` === error.field);
    const max = error.field === 'attendees' ? this.maxAttendees(event) : error.field === 'access' ? MAX_NOTE : MAX_TEXT;
    return text.fieldErrorMessage(error, extra ? (pickText(extra.label, this.locale) ?? extra.name) : '', { max });
  }

  private renderForm(event: SignupEvent, waitlist: boolean): TemplateResult {
    const c = this.controller;
    const locale = this.locale;
    const err = (field: string) => {
      const error = c.errorOf(field);
      return error && this.message(error, event);
    };
    const contact = this.contact;
    // "either": neither field is required alone, nor optional: no mark, and the hint says so.
    const contactRequired = (rule: 'email' | 'phone') =>
      contact === 'either' ? undefined : contact === rule || contact === 'both';
    const max = this.maxAttendees(event);
    const sending = c.state === 'sending' || c.state === 'queued';
    return html`${this.renderFailure()}
      <form part="form" novalidate @submit=${c.onSubmit} @change=${c.onChange} @input=${c.onInput}>
        ${errorSummary(
          () => this.renderRoot,
          c.errors,
          text.summaryTitle(),
          (error) => this.message(error, event),
        )}
        ${textField({ name: 'name', label: say.nameLabel(), required: true, autocomplete: 'name', maxlength: MAX_TEXT + 50, error: err('name') })}
        ${
          contact === 'phone'
            ? nothing
            : textField({
                name: 'email',
                label: say.emailLabel(),
                type: 'email',
                autocomplete: 'email',
                inputmode: 'email',
                required: contactRequired('email'),
                hint: contact === 'either' ? say.contactHint() : undefined,
                error: err('email'),
              })
        }
        ${
          contact === 'email'
            ? nothing
            : textField({
                name: 'phone',
                label: say.phoneLabel(),
                type: 'tel',
                autocomplete: 'tel',
                inputmode: 'tel',
                required: contactRequired('phone'),
                hint: say.phoneHint(),
                error: err('phone'),
              })
        }
        ${
          max > 1
            ? textField({
                name: 'attendees',
                label: say.attendeesLabel(),
                inputmode: 'numeric',
                value: '1',
                required: true,
                hint: say.attendeesHint(max),
                error: err('attendees'),
              })
            : nothing
        }
        ${textField({ name: 'access', label: say.accessLabel(), hint: say.accessHint(), multiline: true, required: false, maxlength: MAX_NOTE + 50, error: err('access') })}
        ${event.fields.map((field) => {
          const name = `x-${field.name}`;
          const label = pickText(field.label, locale) ?? field.name;
          if (field.type === 'checkbox') return checkboxField({ name, label, error: err(name) });
          if (field.type === 'select')
            return selectField({
              name,
              label,
              required: field.required,
              error: err(name),
              options: (field.options ?? []).map((option) => ({
                value: option.value,
                label: pickText(option.label, locale) ?? option.value,
              })),
            });
          return textField({ name, label, required: field.required, maxlength: MAX_TEXT + 50, error: err(name) });
        })}
        ${checkboxField({
          name: 'consent',
          label: text.consentText(this.operatorText),
          required: true,
          error: err('consent'),
          extra: this.privacyUrl
            ? html`<a href=${this.privacyUrl} target="_blank" rel="noopener">${text.privacyLink()}</a>`
            : undefined,
        })}
        ${this.marketing ? checkboxField({ name: 'marketing', label: text.marketingText(this.operatorText) }) : nothing}
        ${honeypotField()}
        <button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? text.sendingLabel() : waitlist ? say.waitlistSubmitLabel() : say.submitLabel()}
        </button>
      </form>`;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const { state, failure, outcome } = this.controller;
    if (state !== 'error' || !failure) return nothing;
    if (failure.code === 'config')
      return html`<p part="failure" class="failure" role="alert">${text.noSinkMessage()}</p>`;
    const reason =
      outcome?.reason === 'full'
        ? say.rejectedFull()
        : outcome?.reason === 'closed'
          ? say.closedMessage()
          : errorMessagesFor(this)?.errorMessage(failure);
    return html`<div part="failure" class="failure" role="alert">
      <p>${text.failedMessage()} ${reason ?? nothing}</p>
      <button class="secondary" type="button" @click=${() => this.controller.retry()}>${text.retryLabel()}</button>
    </div>`;
  }

  private renderOutcome(title: string): TemplateResult {
    const { outcome } = this.controller;
    const waitlisted = outcome?.status === 'waitlisted';
    const heading = waitlisted
      ? say.waitlistedTitle()
      : outcome?.status === 'received'
        ? say.receivedTitle()
        : say.confirmedTitle();
    return html`<div part="outcome" class="outcome" data-outcome=${outcome?.status ?? 'confirmed'}>
      <h3 tabindex="-1">${heading}</h3>
      <p>
        ${waitlisted ? say.waitlistedText() : say.confirmedText(title)}
        ${waitlisted && outcome?.position ? say.positionText(formatNumber(outcome.position, this.locale)) : nothing}
      </p>
      <button class="secondary" type="button" @click=${() => this.signUpAnother()}>${say.anotherLabel()}</button>
    </div>`;
  }

  private signUpAnother(): void {
    this.controller.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[name="name"]')?.focus());
  }

  /** The state the last render showed; focus follows a change to `done`. */
  private shownState?: string;

  protected override firstUpdated(): void {
    this.shownState = this.controller.state;
  }

  protected override update(changed: PropertyValues<this>): void {
    const before = this.shownState;
    const { state } = this.controller;
    if (state === 'done' && before !== 'done' && this.view.state === 'ready') {
      this.noteSignup(this.view.event);
      this.view = this.computeView();
    }
    super.update(changed);
    this.shownState = state;
    if (state === 'done' && before !== 'done') this.renderRoot.querySelector<HTMLElement>('.outcome h3')?.focus();
  }
}
