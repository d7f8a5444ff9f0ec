// <qoldau-event-signup>: an event (workshop, course, seminar) with limited seats and its sign-up
// form, built from the form foundation (../form/). The receiver decides the outcome: confirmed,
// waitlisted or rejected, and the form shows exactly that.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  QoldauError,
  formatDate,
  formatNumber,
  isQoldauError,
  pickText,
  toSafeUrl,
  toTimeZone,
  validateEvent,
  validateEventSignup,
  type CharityEvent,
  type ContactRequirement,
  type FieldError,
  type QoldauLocale,
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
import { checkboxField, consentFields, contactFields, selectField, textField } from '../form/fields.js';
import { errorSummary } from '../form/error-summary.js';
import { honeypotField } from '../form/honeypot.js';
import { failureView, statusText } from '../form/form-status.js';
import { formStyles } from '../form/form.styles.js';
import { releaseFormTranslations, useFormTranslations } from '../form/form-locale.js';
import * as text from '../form/form-messages.js';
import * as say from './signup-messages.js';
import { eventSignupStyles } from './event-signup.styles.js';

let calendar: typeof import('./calendar-links.js') | undefined;
let calendarLoad: Promise<unknown> | undefined;

/** What the seat count needs of an event, and the form (the skeleton's stand-in has no more). */
type Seats = Pick<CharityEvent, 'capacity' | 'registered' | 'maxPerSignup'>;
type FormEvent = Seats & Pick<CharityEvent, 'fields'>;

type View =
  /** `privacyUrl` as checked (the skeleton links it like the form will). */
  | { state: 'loading'; privacyUrl?: string }
  | { state: 'invalid'; error: QoldauError }
  /** `privacyUrl` and `visitorZone` as checked (an absolute https link; a zone the browser knows). */
  | { state: 'ready'; event: CharityEvent; privacyUrl?: string; visitorZone: string };

/**
 * Sign-up for an event with limited seats: title, date and time in the event's time zone (and in
 * the visitor's when it differs), place or online link, seats left, then the form. When the
 * event is full the form becomes a waiting-list sign-up; after the deadline or the start it is
 * closed. After a sign-up it says what the receiver decided and offers "Sign up someone else".
 *
 * The event comes from attributes, from inline JSON (`<script type="application/json">` with any
 * event field of docs/data.md, including `deadline`, `onlineUrl`, `maxPerSignup`, `waitlist` and
 * `fields`, the extra questions), or
 * from the configured source (`event="id"`); attributes win field by field. Submissions go
 * through the configured sink and outbox (docs/data.md) as form `event:{id}`.
 *
 * Children without a `slot` are the no-JavaScript fallback (a link to the NGO's own registration
 * page): visitors see them if the script never loads, and again if the event data is invalid.
 *
 * @summary Event sign-up with capacity, waiting list and confirmation.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 * @slot description - What the event is about, shown under the date and place; when empty, the
 *   event data's `description` (plain text, in the page language) shows instead.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The event title.
 * @csspart details - When and where.
 * @csspart description - The data's description, when the description slot is empty.
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
  declare require?: ContactRequirement;
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
  /** The form name in the sink URL (default `event:{id}`, or `event-signup` for an event without id). */
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
    form: () => this.formName,
    validate: (values) => this.validate(values),
    payload: (values) => this.payload(values),
    done: () => {
      if (this.view.state === 'ready') this.noteSignup(this.view.event);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.inlineData, error: this.inlineError } = readInlineJson(this));
    this.waitFor(useFormTranslations(this));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseFormTranslations(this);
  }

  protected override willUpdate(): void {
    this.live.follow(this.event, this.refresh);
    this.view = this.computeView();
  }

  private computeView(): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    try {
      const privacyUrl = this.privacyUrl === undefined ? undefined : toSafeUrl(this.privacyUrl, 'privacy-url');
      const live = this.live.state;
      if (live && !live.data) {
        return live.status === 'error' && live.error
          ? { state: 'invalid', error: live.error }
          : { state: 'loading', privacyUrl };
      }
      return this.readyView(privacyUrl);
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      // Fields whose attribute has another name: name them as the author wrote them.
      const attribute = { startsAt: 'starts', endsAt: 'ends', onlineUrl: 'online', title: 'heading' }[
        error.field ?? ''
      ];
      const field = attribute && this.getAttribute(attribute) !== null ? attribute : error.field;
      return { state: 'invalid', error: new QoldauError(error.code, field) };
    }
  }

  /** The event as data and attributes give it, checked (throws a QoldauError). */
  private readyView(privacyUrl?: string): View {
    const merged: Record<string, unknown> = {
      ...this.inlineData,
      ...this.live.state?.data,
      ...definedFields({
        title: this.heading,
        startsAt: this.starts,
        endsAt: this.ends,
        timezone: this.timezone,
        location: this.location,
        onlineUrl: this.online,
        capacity: this.capacity,
        registered: this.registered,
        deadline: this.deadline,
        maxPerSignup: this.maxPerSignup,
      }),
    };
    const event = validateEvent(merged);
    if (this.registeredAfterSignup !== undefined) event.registered = this.registeredAfterSignup;
    const visitorZone =
      this.visitorTimeZone === undefined
        ? Intl.DateTimeFormat().resolvedOptions().timeZone
        : toTimeZone(this.visitorTimeZone, 'visitor-timezone');
    return { state: 'ready', event, privacyUrl, visitorZone };
  }

  private get formName(): string {
    const id = this.event ?? (this.view.state === 'ready' ? this.view.event.id : undefined);
    return textOf(this.form) ?? (id ? `event:${id}` : 'event-signup');
  }

  /** Seats left, or undefined when the event has no capacity. */
  private seatsLeft(event: Seats): number | undefined {
    return event.capacity === undefined ? undefined : Math.max(0, event.capacity - event.registered);
  }

  private isClosed(event: CharityEvent, now = Date.now()): boolean {
    return now >= (event.deadline ?? event.startsAt).getTime() || now >= event.startsAt.getTime();
  }

  private maxAttendees(event: Seats): number {
    const left = this.seatsLeft(event);
    const max = event.maxPerSignup ?? 1;
    return left ? Math.min(max, left) : max;
  }

  private get contact(): ContactRequirement {
    return (['email', 'phone', 'either', 'both'] as const).find((rule) => rule === this.require) ?? 'email';
  }

  /** The sign-up as core's rules read it: the same rules the receiver applies. */
  private check(values: FormData) {
    const event = (this.view as Extract<View, { state: 'ready' }>).event;
    return validateEventSignup(Object.fromEntries(values), event, {
      require: this.contact,
      maxAttendees: this.maxAttendees(event),
    });
  }

  private validate(values: FormData): FieldError[] {
    const result = this.check(values);
    return result.ok ? [] : result.errors;
  }

  private payload(values: FormData) {
    const event = (this.view as Extract<View, { state: 'ready' }>).event;
    const result = this.check(values);
    if (!result.ok) throw new QoldauError('invalid-type', 'form'); // validated just before: unreachable
    const data: Record<string, unknown> = {
      event: this.event ?? event.id,
      ...result.value,
      marketing: values.get('marketing') !== null,
      // What the visitor saw: the receiver decides the seat or waiting-list place.
      waitlist: this.seatsLeft(event) === 0,
    };
    return {
      data,
      // What the visitor agreed to, word for word, in the language shown (the locale is recorded too).
      consent: { given: true, text: text.consentText(this.operatorText), version: textOf(this.consentVersion) ?? '1' },
    };
  }

  private get operatorText(): string {
    // Only text counts: these are typed by the NGO, but a script may set anything (issue #8).
    return text.operatorName(textOf(this.operator) ?? location.hostname, textOf(this.operatorBin));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { view } = this;
    if (view.state === 'invalid') this.reporter.error(view.error);
    else if (view.state === 'ready') this.reporter.loaded(view.event, this.live.state?.data ?? PAGE_DATA);
  }

  /** Seats after a confirmed sign-up: the receiver's live count, or ours plus the new attendees. */
  private noteSignup(event: CharityEvent): void {
    const { outcome } = this.controller;
    if (outcome && 'registered' in outcome && outcome.registered !== undefined)
      this.registeredAfterSignup = outcome.registered;
    else if (outcome?.status === 'confirmed') {
      const attendees = Number(new FormData(this.controller.form ?? undefined).get('attendees') ?? 1) || 1;
      this.registeredAfterSignup = event.registered + attendees;
    }
    // From the data source: read the live counts again, past the cache (other sign-ups count too).
    const id = this.event;
    if (id)
      void import('@qoldau/core/data/read')
        .then(({ refresh }) => refresh({ kind: 'event', id }))
        .then(
          () => {
            this.registeredAfterSignup = undefined;
            this.requestUpdate();
          },
          () => undefined, // keep the receiver's count
        );
  }

  private whenText(event: CharityEvent, locale: QoldauLocale, timeZone: string): string {
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
    if (view.state === 'loading') return this.renderLoading(view.privacyUrl);
    const { event } = view;
    const locale = this.locale;
    const title = pickText(event.title, locale) ?? '';
    // Text, never HTML: the description comes from data (a sheet, an API), not from the page author.
    const about = pickText(event.description, locale);
    const when = this.whenText(event, locale, event.timezone);
    const theirs = this.whenText(event, locale, view.visitorZone);
    const left = this.seatsLeft(event);
    // Full without a waiting list reads as closed: there is nothing left to sign up for.
    const closed = this.isClosed(event) || (left === 0 && !event.waitlist);
    const { state } = this.controller;
    return html`<section part="base" class="widget signup" data-state=${state} aria-labelledby="title">
      <h2 id="title" part="heading">${title}</h2>
      <dl part="details">
        <dt>${say.whenLabel()}</dt>
        <dd>${when} ${theirs === when ? nothing : html`<br /><span class="muted">${say.yourTime(theirs)}</span>`}</dd>
        ${
          event.location || event.onlineUrl
            ? html`<dt>${say.whereLabel()}</dt>
                <dd>
                  ${pickText(event.location, locale) ?? nothing}
                  ${event.onlineUrl ? html`<a href=${event.onlineUrl} rel="noopener">${say.onlineLink()}</a>` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      <slot name="description">${about ? html`<p part="description" class="description">${about}</p>` : nothing}</slot>
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
      <div role="status" part="status" class="status">${statusText(this.controller)}</div>
      ${state === 'done' ? this.renderOutcome(event, title) : closed ? nothing : this.renderForm(event, left === 0, view.privacyUrl)}
    </section>`;
  }

  /**
   * While the event loads: the card as it will be, inert, with bars where the event's texts go and
   * the fields that do not depend on it, so the box hardly moves when the data arrives (#9; what
   * the data adds, such as its own questions, still grows it: docs/architecture.md).
   */
  private renderLoading(privacyUrl?: string): TemplateResult {
    const bone = html`<dd class="bone">&nbsp;</dd>`;
    return html`<section part="base" class="widget signup loading" aria-busy="true" inert>
      <h2 part="heading" class="bone">${this.heading ?? html`&nbsp;`}</h2>
      <dl part="details">
        <dt>${say.whenLabel()}</dt>
        ${bone}
        <dt>${say.whereLabel()}</dt>
        ${bone}
      </dl>
      <slot name="description"></slot>
      <p part="seats" class="seats bone">&nbsp;</p>
      ${this.renderForm({ fields: [], registered: 0 }, false, privacyUrl)}
    </section>`;
  }

  private message(error: FieldError, event: FormEvent): string {
    const extra = event.fields.find((field) => field.name === error.field);
    const label = extra ? (pickText(extra.label, this.locale) ?? extra.name) : '';
    return text.fieldErrorMessage(error, label, extra?.type === 'select');
  }

  private renderForm(event: FormEvent, waitlist: boolean, privacyUrl?: string): TemplateResult {
    const c = this.controller;
    const locale = this.locale;
    const err = (field: string) => {
      const error = c.errorOf(field);
      return error && this.message(error, event);
    };
    const contact = this.contact;
    const max = this.maxAttendees(event);
    const sending = c.state === 'sending' || c.state === 'queued';
    return html`${failureView(this, c, (reason) =>
        reason === 'full' ? say.rejectedFull() : reason === 'closed' ? say.closedMessage() : undefined,
      )}
      <form part="form" novalidate @submit=${c.onSubmit} @change=${c.onChange} @input=${c.onInput}>
        ${errorSummary(
          () => this.renderRoot,
          c.errors,
          text.summaryTitle(),
          (error) => this.message(error, event),
        )}
        ${contactFields(contact, err)}
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
        ${textField({
          name: 'accessibility',
          label: say.accessLabel(),
          hint: say.accessHint(),
          multiline: true,
          required: false,
          error: err('accessibility'),
        })}
        ${event.fields.map((field) => {
          const { name } = field;
          const label = pickText(field.label, locale) ?? field.name;
          if (field.type === 'checkbox')
            return checkboxField({ name, label, required: field.required, error: err(name) });
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
          return textField({ name, label, required: field.required, error: err(name) });
        })}
        ${consentFields({
          consent: text.consentText(this.operatorText),
          operator: this.operatorText,
          privacyUrl,
          marketing: this.marketing,
          error: err,
        })}
        ${honeypotField()}
        <button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? text.sendingLabel() : waitlist ? say.waitlistSubmitLabel() : say.submitLabel()}
        </button>
      </form>`;
  }

  private renderOutcome(event: CharityEvent, title: string): TemplateResult {
    const { outcome } = this.controller;
    const status = outcome?.status ?? 'received';
    const position = outcome?.status === 'waitlisted' ? outcome.position : undefined;
    return html`<div part="outcome" class="outcome" data-outcome=${status}>
      ${
        status === 'waitlisted'
          ? html`<h3 tabindex="-1">${say.waitlistedTitle()}</h3>
              <p>
                ${say.waitlistedText()} ${position ? say.positionText(formatNumber(position, this.locale)) : nothing}
              </p>`
          : html`<h3 tabindex="-1">${status === 'confirmed' ? say.confirmedTitle() : say.receivedTitle()}</h3>
              <p>${status === 'confirmed' ? say.confirmedText(title) : say.receivedText()}</p>
              ${this.renderCalendar(event)}`
      }
      <button class="secondary" type="button" @click=${() => this.signUpAnother()}>${say.anotherLabel()}</button>
    </div>`;
  }

  /** "Add to calendar", from a chunk loaded once a sign-up is confirmed; nothing until it arrives. */
  private renderCalendar(event: CharityEvent): TemplateResult | typeof nothing {
    if (!calendar) {
      this.waitFor((calendarLoad ??= import('./calendar-links.js').then((module) => (calendar = module))));
      return nothing;
    }
    return calendar.calendarLinks(event, this.locale);
  }

  private signUpAnother(): void {
    this.controller.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[name="name"]')?.focus());
  }
}
