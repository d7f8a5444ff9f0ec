// Validators for every resource kind but campaigns (which validate.ts holds, because the donation
// progress needs it without the adapter). Kept apart so a page pays only for the kinds it reads.
import { QoldauError } from './errors.js';
import { validateCampaign, type Campaign } from './validate.js';
import { optionalId, required, toList, toRecord } from './validate-structure.js';
import { validateMetric, type Metric, type MetricSet } from './validate-metric.js';
import { validateSeries, type TimeSeries } from './validate-series.js';
import { validateAllocation, type Allocation } from './validate-allocation.js';
import type { DonorList } from './validate-donors.js';
import type { CharityEvent } from './validate-event.js';
import type { VolunteerRole } from './validate-role.js';
import type { DonateOptions } from './validate-donate.js';

export type { Allocation, AllocationItem } from './validate-allocation.js';
export type { Donor, DonorList } from './validate-donors.js';
export type { CharityEvent, EventField } from './validate-event.js';
export type { VolunteerRole, RoleOption, RoleShift } from './validate-role.js';
export type { DonateOptions, SuggestedAmount } from './validate-donate.js';

/** Every kind of resource a component can name. */
export type ResourceKind =
  'campaign' | 'metric' | 'metrics' | 'series' | 'event' | 'role' | 'allocation' | 'donors' | 'donate';

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
  donate: DonateOptions;
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

/**
 * The validator for each kind but events, roles, donor lists and donate options (validate-event.ts,
 * validate-role.ts, validate-donors.ts, validate-donate.ts: loaded only by pages that read them).
 */
export const validators: {
  [K in Exclude<ResourceKind, 'event' | 'role' | 'donors' | 'donate'>]: (value: unknown) => ResourceDataMap[K];
} = {
  campaign: validateCampaign,
  metric: validateMetric,
  metrics: validateMetricSet,
  series: validateSeries,
  allocation: validateAllocation,
};
