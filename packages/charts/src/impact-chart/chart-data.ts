// What an impact chart can show, validated: an allocation (where the money went) or time series.
import {
  QoldauError,
  isRecord,
  toAmount,
  toCurrency,
  toLocalizedText,
  toText,
  validateAllocation,
  type Allocation,
  type LocalizedText,
} from '@qoldau/core';

export type ImpactChartType = 'bar' | 'doughnut' | 'line';

export interface SeriesPoint {
  /** A month ("2026-01"), a day ("2026-01-15") or any short text ("Astana"). */
  x: string;
  y: number;
}

export interface Series {
  label?: LocalizedText;
  points: SeriesPoint[];
}

/** Time series (or any labelled series): `{ "series": [{ "label": …, "points": [{ "x": "2026-01", "y": 12 }] }] }`. */
export interface TimeSeries {
  series: Series[];
  /** How the y values are written: counts (default), money in `currency`, or fractions as percents. */
  format: 'number' | 'currency' | 'percent';
  currency: string;
}

export type ChartInput =
  { kind: 'allocation'; allocation: Allocation } | { kind: 'series'; data: TimeSeries } | { kind: 'empty' };

const MAX_POINTS = 10_000;
const FORMATS = ['number', 'currency', 'percent'] as const;

function validateSeries(value: Record<string, unknown>): TimeSeries {
  if (!Array.isArray(value.series)) throw new QoldauError('invalid-type', 'series');
  const format = value.format ?? 'number';
  if (!FORMATS.includes(format as TimeSeries['format']))
    throw new QoldauError('invalid-type', 'format', String(format));
  let count = 0;
  const series = value.series.map((item, index): Series => {
    const field = `series[${index}]`;
    if (!isRecord(item)) throw new QoldauError('invalid-type', field);
    if (!Array.isArray(item.points)) throw new QoldauError('invalid-type', `${field}.points`);
    count += item.points.length;
    if (count > MAX_POINTS) throw new QoldauError('absurd-value', `${field}.points`);
    const points = item.points.map((point, at) => {
      const where = `${field}.points[${at}]`;
      if (!isRecord(point)) throw new QoldauError('invalid-type', where);
      if (point.x === undefined || point.x === null || point.x === '')
        throw new QoldauError('missing-field', `${where}.x`);
      return { x: toText(String(point.x), `${where}.x`), y: toAmount(point.y, `${where}.y`) };
    });
    return item.label === undefined ? { points } : { label: toLocalizedText(item.label, `${field}.label`), points };
  });
  return {
    series,
    format: format as TimeSeries['format'],
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
  };
}

/** Validates inline chart JSON: an allocation (`items`) or `series`. No items or no points at all is `empty`. */
export function validateChartData(input: unknown): ChartInput {
  if (!isRecord(input)) throw new QoldauError('invalid-type', 'json');
  if (input.series !== undefined) {
    const data = validateSeries(input);
    return data.series.some((series) => series.points.length > 0) ? { kind: 'series', data } : { kind: 'empty' };
  }
  if (Array.isArray(input.items) && input.items.length === 0) {
    if (input.currency !== undefined) toCurrency(input.currency);
    return { kind: 'empty' };
  }
  return { kind: 'allocation', allocation: validateAllocation(input) };
}
