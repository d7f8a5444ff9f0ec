// Validation of time series (or any labelled series), as the impact chart draws them: its own
// module, so only pages with a chart (or a `series` read) carry it.
import { QoldauError } from './errors.js';
import {
  dayExists,
  describe,
  isRecord,
  toAmount,
  toCurrency,
  toLocalizedText,
  toText,
  type LocalizedText,
} from './validate.js';

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
  id?: string;
  series: Series[];
  /** How the y values are written: counts (default), money in `currency`, or fractions as percents. */
  format: 'number' | 'currency' | 'percent';
  currency: string;
}

const MAX_POINTS = 10_000;
const FORMATS = ['number', 'currency', 'percent'] as const;

/** Validates `{ series: [{ label?, points: [{ x, y }] }], format?, currency? }`. */
export function validateSeries(input: unknown): TimeSeries {
  if (!isRecord(input)) throw new QoldauError('invalid-type', 'series');
  const value = input;
  if (!Array.isArray(value.series)) throw new QoldauError('invalid-type', 'series');
  const format = value.format ?? 'number';
  if (!FORMATS.includes(format as TimeSeries['format']))
    throw new QoldauError('invalid-type', 'format', describe(format));
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
      // A label is text or a number (a year): an object would print "[object Object]".
      if (typeof point.x === 'number' ? !Number.isFinite(point.x) : typeof point.x !== 'string')
        throw new QoldauError('invalid-type', `${where}.x`);
      const x = toText(String(point.x), `${where}.x`);
      // Months and days are drawn as dates, so they must exist: no 2026-13, no 2026-02-30.
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(x) && !dayExists(x)) throw new QoldauError('invalid-date', `${where}.x`, x);
      return { x, y: toAmount(point.y, `${where}.y`) };
    });
    return item.label === undefined ? { points } : { label: toLocalizedText(item.label, `${field}.label`), points };
  });
  return {
    ...(value.id === undefined ? {} : { id: toText(value.id, 'id') }),
    series,
    format: format as TimeSeries['format'],
    currency: value.currency === undefined ? 'KZT' : toCurrency(value.currency),
  };
}
