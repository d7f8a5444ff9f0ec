// Structural helpers for payloads made of records and lists (metrics sets, events, donor walls).
// Apart from validate.ts so a page with only a donation progress does not carry them.
import { QoldauError } from './errors.js';
import { describe, isRecord, toAmount, toText } from './validate.js';

/** Longest list we accept (donor walls, allocation items, skills): beyond it the payload is broken. */
export const MAX_ITEMS = 10_000;

/** A whole, non-negative, plausible number (counts, seats, ages). */
export function toCount(value: unknown, field: string): number {
  const number = toAmount(value, field);
  if (!Number.isInteger(number)) throw new QoldauError('invalid-number', field, describe(value));
  return number;
}

export function toList(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', field);
  if (value.length > MAX_ITEMS) throw new QoldauError('absurd-value', field, String(value.length));
  return value;
}

export function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

export function required(value: Record<string, unknown>, field: string, path = field): unknown {
  const item = value[field];
  if (item === undefined || item === null || item === '') throw new QoldauError('missing-field', path);
  return item;
}

export function toTextList(value: unknown, field: string): string[] {
  return value === undefined ? [] : toList(value, field).map((item, index) => toText(item, `${field}[${index}]`));
}

export function optionalId(value: Record<string, unknown>): { id?: string } {
  return value.id === undefined ? {} : { id: toText(value.id, 'id') };
}
