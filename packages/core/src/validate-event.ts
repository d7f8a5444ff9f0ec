// Events (the sign-up forms' data): validation of the event payload, its extra form fields and its
// times. A module of its own, loaded only where events are read, so pages of metrics or donor walls
// do not download it.
import { QoldauError } from './errors.js';
import {
  describe,
  isRecord,
  parseJson,
  toAmount,
  toDate,
  toLocalizedText,
  toText,
  type LocalizedText,
} from './validate.js';
import { toSafeUrl } from './validate-url.js';
import { toTimeZone } from './validate-form.js';

// Five small helpers as in validate-structure.ts, repeated here on purpose: importing that module
// from here too would make rollup split it out of the chunk it shares with the metric validator,
// one more chunk (and about 200 B brotli) on every page with an impact counter.
function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

function required(value: Record<string, unknown>, field: string, path = field): unknown {
  const item = value[field];
  if (item === undefined || item === null || item === '') throw new QoldauError('missing-field', path);
  return item;
}

function toCount(value: unknown, field: string): number {
  const number = toAmount(value, field);
  if (!Number.isInteger(number)) throw new QoldauError('invalid-number', field, describe(value));
  return number;
}

function toList(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', field);
  return value;
}

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

function toFlag(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (/^(true|yes|1)$/.test(text)) return true;
  if (/^(false|no|0)$/.test(text)) return false;
  throw new QoldauError('invalid-type', field, describe(value));
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
