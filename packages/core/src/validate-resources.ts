// Validators for every resource kind but campaigns (which validate.ts holds, because the donation
// progress needs it without the adapter). Kept apart so a page pays only for the kinds it reads.
import { QoldauError } from './errors.js';
import { toAmount, toCurrency, toDate, toText, validateCampaign, type Campaign } from './validate.js';
import { optionalId, required, toList, toRecord } from './validate-structure.js';
import { validateMetric, type Metric, type MetricSet } from './validate-metric.js';
import { validateSeries, type TimeSeries } from './validate-series.js';
import { validateAllocation, type Allocation } from './validate-allocation.js';
import type { CharityEvent } from './validate-event.js';
import type { VolunteerRole } from './validate-role.js';

export type { Allocation, AllocationItem } from './validate-allocation.js';
export type { CharityEvent, EventField } from './validate-event.js';
export type { VolunteerRole, RoleOption, RoleShift } from './validate-role.js';

/** Every kind of resource a component can name. */
export type ResourceKind = 'campaign' | 'metric' | 'metrics' | 'series' | 'event' | 'role' | 'allocation' | 'donors';

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
  /** The campaign these gifts belong to: the wall shows its total (docs/data.md). */
  campaign?: string;
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

// C0 and C1 control characters but tab and line feed: invisible, or boxes, on screen.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A donor's own words (name, message). Donors type them, not the NGO: markup is kept as text (the
 * wall renders text, never HTML) instead of failing the whole list, so one donor's `<b>` or
 * `<script>` cannot take the wall down for everyone. Control characters are dropped; blank is absent.
 */
function toDonorText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  const text = value.replace(CONTROL, '').trim();
  return text === '' ? undefined : text;
}

/**
 * Validates a donor wall list: `items` may be empty (no donors yet). Names and messages are the
 * donors' own text (see toDonorText); amounts, dates, the currency and the campaign are the NGO's
 * and fail as everywhere else.
 */
export function validateDonors(input: unknown): DonorList {
  const value = toRecord(input, 'donors');
  const list: DonorList = {
    ...optionalId(value),
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
    items: toList(required(value, 'items'), 'items').map((item, index) => {
      const record = toRecord(item, `items[${index}]`);
      const donor: Donor = {};
      const name = toDonorText(record.name, `items[${index}].name`);
      if (name !== undefined) donor.name = name;
      if (record.amount !== undefined && record.amount !== null)
        donor.amount = toAmount(record.amount, `items[${index}].amount`);
      const message = toDonorText(record.message, `items[${index}].message`);
      if (message !== undefined) donor.message = message;
      if (record.date !== undefined && record.date !== null) donor.date = toDate(record.date, `items[${index}].date`);
      return donor;
    }),
  };
  if (value.campaign !== undefined && value.campaign !== null) list.campaign = toText(value.campaign, 'campaign');
  return list;
}

/** The validator for each kind but events and roles (validate-event.ts, validate-role.ts: loaded only by pages that read them). */
export const validators: { [K in Exclude<ResourceKind, 'event' | 'role'>]: (value: unknown) => ResourceDataMap[K] } = {
  campaign: validateCampaign,
  metric: validateMetric,
  metrics: validateMetricSet,
  series: validateSeries,
  allocation: validateAllocation,
  donors: validateDonors,
};
