// The structural helpers of the form payloads (events, volunteer roles), as in validate-structure.ts
// and repeated on purpose: importing that module from the form validators would split it out of the
// chunk it shares with the metric validator, one more chunk (about 200 B brotli) on every page with
// an impact counter. Only form validators import this; it is not part of @qoldau/core's index.
import { QoldauError } from './errors.js';
import { describe, isRecord, toAmount } from './validate.js';

export function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

export function required(value: Record<string, unknown>, field: string, path = field): unknown {
  const item = value[field];
  if (item === undefined || item === null || item === '') throw new QoldauError('missing-field', path);
  return item;
}

export function toCount(value: unknown, field: string): number {
  const number = toAmount(value, field);
  if (!Number.isInteger(number)) throw new QoldauError('invalid-number', field, describe(value));
  return number;
}

export function toList(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', field);
  return value;
}

/** `true`/`false`, or a sheet's `yes`/`no`/`1`/`0`. */
export function toFlag(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (/^(true|yes|1)$/.test(text)) return true;
  if (/^(false|no|0)$/.test(text)) return false;
  throw new QoldauError('invalid-type', field, describe(value));
}
