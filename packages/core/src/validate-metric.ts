// Validation of one impact metric: its own module so a page with counters loads it without the
// validators of every other kind (and a page without counters not at all). Sets of metrics, which
// only arrive through the adapter, are validated in validate-resources.ts.
import { QoldauError } from './errors.js';
import { describe, toAmount, toCurrency, toLocalizedText, toText, type LocalizedText } from './validate.js';
import { optionalId, required, toRecord, toTextList } from './validate-structure.js';

/** How a metric's value is written: `compact` gives "24.5M" (with a currency "₸24.5M"). */
export type MetricFormat = 'number' | 'percent' | 'currency' | 'compact';

/** An impact number, as the impact counter shows it. */
export interface Metric {
  id?: string;
  value: number;
  /** `percent` values are fractions (0.9 = 90 %). */
  format: MetricFormat;
  /** Set (default KZT) when `format` is `currency`. */
  currency?: string;
  /** Plural forms per language, in CLDR order (en: one, other; ru: one, few, many; kk: other). */
  noun?: Partial<Record<'en' | 'ru' | 'kk', string[]>>;
  label?: LocalizedText;
}

/** Several metrics read in one request (the impact counters group). */
export interface MetricSet {
  id?: string;
  items: Metric[];
}

const METRIC_FORMATS: readonly MetricFormat[] = ['number', 'percent', 'currency', 'compact'];

/** Validates a metric payload: `value` required; `percent` values are fractions up to 10 (1000 %). */
export function validateMetric(input: unknown): Metric {
  const value = toRecord(input, 'metric');
  const format = value.format ?? 'number';
  if (!METRIC_FORMATS.includes(format as MetricFormat))
    throw new QoldauError('invalid-type', 'format', describe(format));
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
