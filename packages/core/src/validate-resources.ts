// Validators for every resource kind but campaigns (which validate.ts holds, because the donation
// progress needs it without the adapter). Kept apart so a page pays only for the kinds it reads.
import { QoldauError } from './errors.js';
import { isRecord, toAmount, toCurrency, toDate, toText, toLocalizedText, toSafeUrl, validateCampaign, type LocalizedText, type Campaign } from './validate.js';

/** Every kind of resource a component can name. */
export type ResourceKind = 'campaign' | 'metric' | 'event' | 'role' | 'allocation' | 'donors';

/** An impact number, as the impact counter shows it. */
export interface Metric {
  id?: string;
  value: number;
  /** `percent` values are fractions (0.9 = 90 %). */
  format: 'number' | 'percent' | 'currency';
  /** Set (default KZT) when `format` is `currency`. */
  currency?: string;
  /** Plural forms per language, in CLDR order (en: one, other; ru: one, few, many; kk: other). */
  noun?: Partial<Record<'en' | 'ru' | 'kk', string[]>>;
  label?: LocalizedText;
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
  /** Seats; absent means unlimited. */
  capacity?: number;
  registered: number;
  /** https: or relative link to more details. */
  url?: string;
}

/** A volunteer role, as the volunteer form offers it. */
export interface VolunteerRole {
  id?: string;
  title: LocalizedText;
  description?: LocalizedText;
  skills: string[];
  shifts: string[];
  minAge?: number;
}

export interface AllocationItem {
  label: LocalizedText;
  amount: number;
}

/** Where the money goes, as the impact chart shows it. */
export interface Allocation {
  id?: string;
  currency: string;
  items: AllocationItem[];
}

export interface Donor {
  /** Absent for anonymous gifts. */
  name?: string;
  amount?: number;
  message?: string;
  date?: Date;
}

/** A donor wall list (usually one per campaign). */
export interface DonorList {
  id?: string;
  currency: string;
  items: Donor[];
}

/** What `read()` resolves to, per kind. */
export interface ResourceDataMap {
  campaign: Campaign;
  metric: Metric;
  event: CharityEvent;
  role: VolunteerRole;
  allocation: Allocation;
  donors: DonorList;
}

/** Any validated resource. */
export type ValidatedData = ResourceDataMap[ResourceKind];

/** Longest list we accept (donor walls, allocation items, skills): beyond it the payload is broken. */
const MAX_ITEMS = 10_000;

/** A whole, non-negative, plausible number (counts, seats, ages). */
export function toCount(value: unknown, field: string): number {
  const number = toAmount(value, field);
  if (!Number.isInteger(number)) throw new QoldauError('invalid-number', field, String(value));
  return number;
}

function toList(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', field);
  if (value.length > MAX_ITEMS) throw new QoldauError('absurd-value', field, String(value.length));
  return value;
}

function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

function required(value: Record<string, unknown>, field: string, path = field): unknown {
  const item = value[field];
  if (item === undefined || item === null || item === '') throw new QoldauError('missing-field', path);
  return item;
}

function toTextList(value: unknown, field: string): string[] {
  return value === undefined ? [] : toList(value, field).map((item, index) => toText(item, `${field}[${index}]`));
}

function optionalId(value: Record<string, unknown>): { id?: string } {
  return value.id === undefined ? {} : { id: toText(value.id, 'id') };
}

const METRIC_FORMATS = ['number', 'percent', 'currency'] as const;

/** Validates a metric payload: `value` required; `percent` values are fractions up to 10 (1000 %). */
export function validateMetric(input: unknown): Metric {
  const value = toRecord(input, 'metric');
  const format = value.format ?? 'number';
  if (!METRIC_FORMATS.includes(format as Metric['format']))
    throw new QoldauError('invalid-type', 'format', String(format));
  const metric: Metric = {
    ...optionalId(value),
    value: toAmount(required(value, 'value'), 'value'),
    format: format as Metric['format'],
  };
  if (metric.format === 'percent' && metric.value > 10)
    throw new QoldauError('absurd-value', 'value', String(metric.value));
  if (metric.format === 'currency' || value.currency !== undefined) {
    metric.currency = value.currency === undefined ? 'KZT' : toCurrency(value.currency);
  }
  if (value.label !== undefined) metric.label = toLocalizedText(value.label, 'label');
  if (value.noun !== undefined) {
    const noun = toRecord(value.noun, 'noun');
    metric.noun = {};
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const forms = noun[locale];
      if (forms === undefined) continue;
      const list = typeof forms === 'string' ? [toText(forms, `noun.${locale}`)] : toTextList(forms, `noun.${locale}`);
      if (list.length === 0) throw new QoldauError('missing-field', `noun.${locale}`);
      metric.noun[locale] = list;
    }
  }
  return metric;
}

function toTimeZone(value: unknown, field: string): string {
  const zone = toText(value, field);
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new QoldauError('invalid-date', field, zone);
  }
  return zone;
}

/** Validates an event: `title` and `startsAt` required; `endsAt` not before `startsAt`. */
export function validateEvent(input: unknown): CharityEvent {
  const value = toRecord(input, 'event');
  const event: CharityEvent = {
    ...optionalId(value),
    title: toLocalizedText(required(value, 'title'), 'title'),
    startsAt: toDate(required(value, 'startsAt'), 'startsAt'),
    timezone: value.timezone === undefined ? 'Asia/Almaty' : toTimeZone(value.timezone, 'timezone'),
    registered: value.registered === undefined ? 0 : toCount(value.registered, 'registered'),
  };
  if (value.endsAt !== undefined && value.endsAt !== null) {
    event.endsAt = toDate(value.endsAt, 'endsAt');
    if (event.endsAt < event.startsAt) throw new QoldauError('invalid-date', 'endsAt');
  }
  if (value.location !== undefined) event.location = toLocalizedText(value.location, 'location');
  if (value.capacity !== undefined && value.capacity !== null) {
    event.capacity = toCount(value.capacity, 'capacity');
    if (event.capacity === 0) throw new QoldauError('invalid-number', 'capacity', '0');
    if (event.capacity > 1e6) throw new QoldauError('absurd-value', 'capacity');
  }
  if (value.url !== undefined) event.url = toSafeUrl(value.url, 'url');
  return event;
}

/** Validates a volunteer role: `title` required; `minAge` a whole number up to 120. */
export function validateRole(input: unknown): VolunteerRole {
  const value = toRecord(input, 'role');
  const role: VolunteerRole = {
    ...optionalId(value),
    title: toLocalizedText(required(value, 'title'), 'title'),
    skills: toTextList(value.skills, 'skills'),
    shifts: toTextList(value.shifts, 'shifts'),
  };
  if (value.description !== undefined) role.description = toLocalizedText(value.description, 'description');
  if (value.minAge !== undefined && value.minAge !== null) {
    role.minAge = toCount(value.minAge, 'minAge');
    if (role.minAge > 120) throw new QoldauError('absurd-value', 'minAge', String(role.minAge));
  }
  return role;
}

/** Validates an allocation: at least one item, each with a label and an amount. */
export function validateAllocation(input: unknown): Allocation {
  const value = toRecord(input, 'allocation');
  const items = toList(required(value, 'items'), 'items');
  if (items.length === 0) throw new QoldauError('missing-field', 'items');
  return {
    ...optionalId(value),
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
    items: items.map((item, index) => {
      const record = toRecord(item, `items[${index}]`);
      return {
        label: toLocalizedText(required(record, 'label', `items[${index}].label`), `items[${index}].label`),
        amount: toAmount(required(record, 'amount', `items[${index}].amount`), `items[${index}].amount`),
      };
    }),
  };
}

/** Validates a donor wall list: `items` may be empty (no donors yet); names and messages are plain text. */
export function validateDonors(input: unknown): DonorList {
  const value = toRecord(input, 'donors');
  return {
    ...optionalId(value),
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
    items: toList(required(value, 'items'), 'items').map((item, index) => {
      const record = toRecord(item, `items[${index}]`);
      const donor: Donor = {};
      if (record.name !== undefined && record.name !== null) donor.name = toText(record.name, `items[${index}].name`);
      if (record.amount !== undefined && record.amount !== null)
        donor.amount = toAmount(record.amount, `items[${index}].amount`);
      if (record.message !== undefined && record.message !== null)
        donor.message = toText(record.message, `items[${index}].message`);
      if (record.date !== undefined && record.date !== null) donor.date = toDate(record.date, `items[${index}].date`);
      return donor;
    }),
  };
}

/** The validator for each kind. */
export const validators: { [K in ResourceKind]: (value: unknown) => ResourceDataMap[K] } = {
  campaign: validateCampaign,
  metric: validateMetric,
  event: validateEvent,
  role: validateRole,
  allocation: validateAllocation,
  donors: validateDonors,
};
