// What an impact chart can show, validated: an allocation (where the money went) or time series.
import {
  QoldauError,
  isRecord,
  toCurrency,
  validateAllocation,
  validateSeries,
  type Allocation,
  type TimeSeries,
} from '@qoldau/core';

export type { Series, SeriesPoint, TimeSeries } from '@qoldau/core';

export type ImpactChartType = 'bar' | 'doughnut' | 'line';

export type ChartInput =
  { kind: 'allocation'; allocation: Allocation } | { kind: 'series'; data: TimeSeries } | { kind: 'empty' };

/** Validates inline chart JSON: an allocation (`items`) or `series`. No items or no points at all is `empty`. */
export function validateChartData(input: unknown): ChartInput {
  if (!isRecord(input)) throw new QoldauError('invalid-type', 'json');
  if (input.series !== undefined) {
    return seriesInput(validateSeries(input));
  }
  if (Array.isArray(input.items) && input.items.length === 0) {
    if (input.currency !== undefined) toCurrency(input.currency);
    return { kind: 'empty' };
  }
  return { kind: 'allocation', allocation: validateAllocation(input) };
}

/** Series with no points at all are `empty`. */
export function seriesInput(data: TimeSeries): ChartInput {
  return data.series.some((series) => series.points.length > 0) ? { kind: 'series', data } : { kind: 'empty' };
}
