// Events (the sign-up forms' data): validation of the event payload, its extra form fields and its
// times. A module of its own, loaded only where events are read, so pages of metrics or donor walls
// do not download it.
import { QoldauError } from './errors.js';
import { describe, parseJson, toDate, toLocalizedText, toText, type LocalizedText } from './validate.js';
import { toSafeUrl } from './validate-url.js';
import {
  LIMITS,
  checkMaxLength,
  checkNumber,
  formText,
  isChecked,
  normalizeEmail,
  normalizePhone,
  toTimeZone,
  type ContactRequirement,
  type FieldError,
  type FormErrorCode,
  type FormResult,
} from './validate-form.js';
import { required, toCount, toFlag, toList, toRecord } from './validate-payload.js';

/** A question an event adds to its sign-up form (see docs/data.md, "Events"). */
export interface EventField {
  /** The key in the submission's `data.extra`: letters, digits, `_` or `-`, up to 40. */
  name: string;
  type: 'text' | 'select' | 'checkbox';
  label: LocalizedText;
  required: boolean;
  /** For `select`: the choices, in order. */
  options?: { value: string; label: LocalizedText }[];
  /** For `text`: most characters (default 500). */
  maxLength?: number;
}

/** An event people sign up for. */
export interface CharityEvent {
  id?: string;
  title: LocalizedText;
  startsAt: Date;
  endsAt?: Date;
  /** IANA time zone the event happens in; Asia/Almaty by default. */
  timezone: string;
  location?: LocalizedText;
  /** https: (or relative) link for an online event (through toSafeUrl). */
  onlineUrl?: string;
  description?: LocalizedText;
  /** Seats; absent means unlimited. */
  capacity?: number;
  registered: number;
  /** Registration closes at this moment (and in any case at `startsAt`). */
  deadline?: Date;
  /** Most attendees one sign-up may bring (1 to 100); absent means 1. */
  maxPerSignup?: number;
  /** When full: take waitlist sign-ups (true, the default) or refuse them as `full`. */
  waitlist: boolean;
  /** Extra questions of the sign-up form (at most 20). */
  fields: EventField[];
  /** https: or relative link to more details. */
  url?: string;
}

/** Offset of `zone` from UTC at `date`, in ms (e.g. +5 h for Asia/Almaty). */
export function zoneOffset(date: Date, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (date.getTime() - date.getMilliseconds());
}

/**
 * An event time: ISO 8601 with an offset, or a wall-clock time without one (`2027-03-14T11:00`,
 * `2027-03-14 11:00`, as sheets hold them) read in the event's own zone — not the visitor's.
 */
function toEventDate(value: unknown, field: string, zone: string): Date {
  const wall = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2})?)$/.exec(value.trim()) : null;
  if (!wall) return toDate(value, field);
  const asUtc = new Date(`${wall[1]}T${wall[2]}${wall[3] ? '' : ':00'}Z`);
  if (Number.isNaN(asUtc.getTime())) throw new QoldauError('invalid-date', field, describe(value));
  // Twice: the offset at the guess can differ from the offset at the result around a DST change.
  const guess = new Date(asUtc.getTime() - zoneOffset(asUtc, zone));
  return new Date(asUtc.getTime() - zoneOffset(guess, zone));
}

const FIELD_NAME = /^[a-z][a-z0-9_-]{0,39}$/i;
/** Names the form itself uses: an extra field may not take them. */
const RESERVED = new Set(['name', 'email', 'phone', 'attendees', 'accessibility', 'consent', 'marketing', 'extra']);
const FIELD_TYPES = new Set(['text', 'select', 'checkbox']);

function toEventFields(input: unknown): EventField[] {
  // A sheet cell holds the list as JSON text.
  const value = typeof input === 'string' ? parseJson(input, 'fields') : input;
  const list = toList(value, 'fields');
  if (list.length > 20) throw new QoldauError('absurd-value', 'fields', String(list.length));
  const names = new Set<string>();
  return list.map((item, index) => {
    const path = `fields[${index}]`;
    const record = toRecord(item, path);
    const name = toText(required(record, 'name', `${path}.name`), `${path}.name`);
    if (!FIELD_NAME.test(name) || RESERVED.has(name.toLowerCase()) || names.has(name)) {
      throw new QoldauError('invalid-type', `${path}.name`, name);
    }
    names.add(name);
    const type = record.type ?? 'text';
    if (typeof type !== 'string' || !FIELD_TYPES.has(type)) throw new QoldauError('invalid-type', `${path}.type`);
    const field: EventField = {
      name,
      type: type as EventField['type'],
      label: toLocalizedText(required(record, 'label', `${path}.label`), `${path}.label`),
      required: record.required === undefined ? false : toFlag(record.required, `${path}.required`),
    };
    if (field.type === 'select') {
      const options = toList(required(record, 'options', `${path}.options`), `${path}.options`);
      if (options.length === 0 || options.length > 50) throw new QoldauError('invalid-type', `${path}.options`);
      field.options = options.map((option, at) => {
        const where = `${path}.options[${at}]`;
        // An option is `{ value, label }`, or one string that is both.
        if (typeof option === 'string') return { value: toText(option, where), label: toText(option, where) };
        const entry = toRecord(option, where);
        return {
          value: toText(required(entry, 'value', `${where}.value`), `${where}.value`),
          label: toLocalizedText(required(entry, 'label', `${where}.label`), `${where}.label`),
        };
      });
    }
    if (field.type === 'text' && record.maxLength !== undefined) {
      field.maxLength = toCount(record.maxLength, `${path}.maxLength`);
      if (field.maxLength === 0 || field.maxLength > 10_000) throw new QoldauError('absurd-value', `${path}.maxLength`);
    }
    return field;
  });
}

/**
 * Validates an event: `title` and `startsAt` required; `endsAt` not before `startsAt`; times
 * without an offset are read in `timezone` (default Asia/Almaty); `onlineUrl` and `url` through
 * toSafeUrl; `capacity` 1 to 1 000 000; `maxPerSignup` 1 to 100; `fields` as in docs/data.md.
 */
export function validateEvent(input: unknown): CharityEvent {
  const value = toRecord(input, 'event');
  const timezone = value.timezone === undefined ? 'Asia/Almaty' : toTimeZone(value.timezone, 'timezone');
  const event: CharityEvent = {
    ...(value.id === undefined ? {} : { id: toText(value.id, 'id') }),
    title: toLocalizedText(required(value, 'title'), 'title'),
    startsAt: toEventDate(required(value, 'startsAt'), 'startsAt', timezone),
    timezone,
    registered: value.registered === undefined ? 0 : toCount(value.registered, 'registered'),
    waitlist: value.waitlist === undefined || value.waitlist === null ? true : toFlag(value.waitlist, 'waitlist'),
    fields: value.fields === undefined || value.fields === null ? [] : toEventFields(value.fields),
  };
  if (value.endsAt !== undefined && value.endsAt !== null) {
    event.endsAt = toEventDate(value.endsAt, 'endsAt', timezone);
    if (event.endsAt < event.startsAt) throw new QoldauError('invalid-date', 'endsAt');
  }
  if (value.deadline !== undefined && value.deadline !== null) {
    event.deadline = toEventDate(value.deadline, 'deadline', timezone);
  }
  if (value.maxPerSignup !== undefined && value.maxPerSignup !== null) {
    event.maxPerSignup = toCount(value.maxPerSignup, 'maxPerSignup');
    if (event.maxPerSignup === 0) throw new QoldauError('invalid-number', 'maxPerSignup', '0');
    if (event.maxPerSignup > 100) throw new QoldauError('absurd-value', 'maxPerSignup');
  }
  if (value.location !== undefined) event.location = toLocalizedText(value.location, 'location');
  if (value.onlineUrl !== undefined) event.onlineUrl = toSafeUrl(value.onlineUrl, 'onlineUrl');
  if (value.description !== undefined) event.description = toLocalizedText(value.description, 'description');
  if (value.capacity !== undefined && value.capacity !== null) {
    event.capacity = toCount(value.capacity, 'capacity');
    if (event.capacity === 0) throw new QoldauError('invalid-number', 'capacity', '0');
    if (event.capacity > 1e6) throw new QoldauError('absurd-value', 'capacity');
  }
  if (value.url !== undefined) event.url = toSafeUrl(value.url, 'url');
  return event;
}

// The sign-up rules of an event (the form's and the receiver's), here with the event's payload so a
// page with another form (the volunteer form) does not download them.
/** A valid event sign-up, normalized (phone in E.164), as the form sends it in `data`. */
export interface EventSignup {
  name: string;
  email?: string;
  phone?: string;
  attendees: number;
  accessibility?: string;
  /** The event's extra fields by name: text and select values as text, checkboxes as booleans. */
  extra: Record<string, string | boolean>;
}

export interface EventSignupOptions {
  /** Default `either`. */
  require?: ContactRequirement;
  /**
   * Most attendees this sign-up may bring (default: the event's `maxPerSignup`, else 1). The form
   * passes the smaller of that and the seats left while seats remain.
   */
  maxAttendees?: number;
  /** Whether the processing-consent box must be ticked (field `consent`; default true). */
  consent?: boolean;
}

/**
 * Checks an event sign-up as the form collects it (`Object.fromEntries(new FormData(form))`, or
 * the JSON `data` a receiver gets): fields `name`, `email`, `phone`, `attendees`, `accessibility`,
 * `consent`, and each extra field of the event by its own name. Errors in that order.
 */
export function validateEventSignup(
  input: Record<string, unknown>,
  event: Pick<CharityEvent, 'fields' | 'maxPerSignup'>,
  options: EventSignupOptions = {},
): FormResult<EventSignup> {
  const errors: FieldError[] = [];
  const fail = (field: string, code: FormErrorCode, limit?: number): void => {
    errors.push(limit === undefined ? { field, code } : { field, code, limit });
  };
  const require = options.require ?? 'either';

  const name = formText(input.name);
  if (name === '') fail('name', 'required');
  else if (checkMaxLength(name, LIMITS.name)) fail('name', 'too-long', LIMITS.name);

  const emailText = formText(input.email);
  const phoneText = formText(input.phone);
  const email = emailText === '' ? undefined : normalizeEmail(emailText);
  const phone = phoneText === '' ? undefined : normalizePhone(phoneText);
  if (emailText === '') {
    if (require === 'email' || require === 'both') fail('email', 'required');
    else if (require === 'either' && phoneText === '') fail('email', 'email-or-phone');
  } else if (email === undefined) fail('email', 'email');
  if (phoneText === '') {
    if (require === 'phone' || require === 'both') fail('phone', 'required');
  } else if (checkMaxLength(phoneText, LIMITS.phone) || phone === undefined) fail('phone', 'phone');

  const maxAttendees = options.maxAttendees ?? event.maxPerSignup ?? 1;
  let attendees = 1;
  if (formText(input.attendees) !== '') {
    const checked = checkNumber(input.attendees, { integer: true, min: 1, max: Math.max(1, maxAttendees) });
    if (checked.ok) attendees = checked.value;
    else fail('attendees', checked.code, checked.limit);
  }

  const accessibility = formText(input.accessibility);
  if (checkMaxLength(accessibility, LIMITS.note)) fail('accessibility', 'too-long', LIMITS.note);

  if (options.consent !== false && !isChecked(input.consent)) fail('consent', 'consent');

  const extra: Record<string, string | boolean> = {};
  for (const field of event.fields ?? []) {
    const error = checkExtraField(field, input[field.name]);
    if (error) fail(field.name, error.code, error.limit);
    else if (field.type === 'checkbox') extra[field.name] = isChecked(input[field.name]);
    else if (formText(input[field.name]) !== '') extra[field.name] = formText(input[field.name]);
  }

  if (errors.length > 0) return { ok: false, errors };
  const value: EventSignup = { name, attendees, extra };
  if (email) value.email = email;
  if (phone) value.phone = phone;
  if (accessibility) value.accessibility = accessibility;
  return { ok: true, value };
}

/** One extra field of an event (text, select, checkbox) against its declaration. */
export function checkExtraField(
  field: EventField,
  value: unknown,
): { code: FormErrorCode; limit?: number } | undefined {
  if (field.type === 'checkbox') return field.required && !isChecked(value) ? { code: 'required' } : undefined;
  const text = formText(value);
  if (text === '') return field.required ? { code: 'required' } : undefined;
  if (field.type === 'select') {
    return field.options?.some((option) => option.value === text) ? undefined : { code: 'not-an-option' };
  }
  const max = field.maxLength ?? LIMITS.text;
  return checkMaxLength(text, max) ? { code: 'too-long', limit: max } : undefined;
}
