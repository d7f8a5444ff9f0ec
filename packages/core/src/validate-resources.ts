// Validators for every resource kind but campaigns (which validate.ts holds, because the donation
// progress needs it without the adapter). Kept apart so a page pays only for the kinds it reads.
import { QoldauError } from './errors.js';
import {
  toAmount,
  toCurrency,
  toDate,
  toLocalizedText,
  toText,
  validateCampaign,
  type Campaign,
  type LocalizedText,
} from './validate.js';
import { toSafeUrl } from './validate-url.js';
import { optionalId, required, toCount, toList, toRecord, toTextList } from './validate-structure.js';
import { validateMetric, type Metric, type MetricSet } from './validate-metric.js';
import { validateSeries, type TimeSeries } from './validate-series.js';
import { validateAllocation, type Allocation } from './validate-allocation.js';

export type { Allocation, AllocationItem } from './validate-allocation.js';

/** Every kind of resource a component can name. */
export type ResourceKind = 'campaign' | 'metric' | 'metrics' | 'series' | 'event' | 'role' | 'allocation' | 'donors';

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
  metrics: MetricSet;
  series: TimeSeries;
  event: CharityEvent;
  role: VolunteerRole;
  allocation: Allocation;
  donors: DonorList;
}

/** Any validated resource. */
export type ValidatedData = ResourceDataMap[ResourceKind];

function toTimeZone(value: unknown, field: string): string {
  const zone = toText(value, field);
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new QoldauError('invalid-date', field, zone);
  }
  return zone;
}

/** Validates a metric set: `items`, a list of metrics (each with its `id`). */
export function validateMetricSet(input: unknown): MetricSet {
  const value = toRecord(input, 'metrics');
  const items = toList(required(value, 'items'), 'items').map((item, index) => {
    try {
      return validateMetric(item);
    } catch (error) {
      if (error instanceof QoldauError) throw new QoldauError(error.code, `items[${index}].${error.field ?? ''}`);
      throw error;
    }
  });
  return { ...optionalId(value), items };
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
  metrics: validateMetricSet,
  series: validateSeries,
  event: validateEvent,
  role: validateRole,
  allocation: validateAllocation,
  donors: validateDonors,
};
