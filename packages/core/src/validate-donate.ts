// Donations: the amount a visitor types (in kk, ru or en habits), its bounds, and the `donate`
// resource (suggested amounts with what each buys). A module of its own: only pages with a
// <qoldau-donate> download it.
import { QoldauError } from './errors.js';
import {
  ABSURD_LIMIT,
  describe,
  isRecord,
  toAmount,
  toCurrency,
  toLocalizedText,
  toText,
  type LocalizedText,
} from './validate.js';
import { minorUnit } from './format.js';

// Only what the first-paint entry holds already (validate.ts, format.ts): importing
// validate-structure.ts here would split it out of the metric validator's chunk, ≈ 0.1 KiB more
// for every page with a counter (measured).
function toRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  return value;
}

/** How often a gift repeats. */
export type DonationFrequency = 'once' | 'monthly';
/** Which frequencies a donate widget offers: one of them, or `both` (a choice). */
export type FrequencyChoice = DonationFrequency | 'both';

/** One suggested amount and what it buys ("5 000 ₸ — a food basket for a family"). */
export interface SuggestedAmount {
  amount: number;
  /** What the amount buys, in up to three languages. */
  impact?: LocalizedText;
}

/** A `donate` resource: what a donate widget offers (see docs/data.md). */
export interface DonateOptions {
  id?: string;
  currency: string;
  amounts: SuggestedAmount[];
  defaultAmount?: number;
  min: number;
  max: number;
  frequency: FrequencyChoice;
  /** The campaign the gifts go to (passed to the payment page). */
  campaign?: string;
}

/** The smallest gift when the NGO sets none: one unit of the currency (1 ₸, $1). */
export const DEFAULT_MIN_DONATION = 1;
/** The largest gift when the NGO sets none: catches a typo like 5000000000 before the payment page. */
export const DEFAULT_MAX_DONATION = 100_000_000;
/** More suggestions than this do not fit a radio group anyone can scan. */
export const MAX_SUGGESTED = 12;

/** Why a typed amount is refused. */
export type AmountInputError = 'empty' | 'not-a-number' | 'too-precise' | 'too-small' | 'too-large';

export type AmountInput = { ok: true; value: number } | { ok: false; code: AmountInputError; limit?: number };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
/** Currency signs and words people add to an amount: ₸, тг, тенге, теңге, $, €, ₽, £. */
const CURRENCY_WORDS = /(₸|\$|€|₽|£|теңге|тенге|тңг|тг\.?)/giu;

/** Digits after the decimal mark the currency allows: 2 for KZT, USD; 0 for JPY. */
export function minorDigits(currency: string): number {
  return Math.round(-Math.log10(minorUnit(currency)));
}

/**
 * Reads an amount as people type it in Kazakhstan and elsewhere: `5000`, `5 000` (any space),
 * `5 000,50`, `5,000`, `5.000`, `1,234.56`, `1.234,56`, `5000 ₸`, `5000тг`. The rule for an ambiguous
 * separator: a `,` or `.` followed by exactly three digits groups thousands (`5,000` and `5.000`
 * are five thousand), unless it follows a lone 0 (`0,500` is a half); any other is the decimal
 * mark, with at most the currency's minor digits (2 for KZT; JPY none). Spaces and `'` only group
 * thousands. Groups must be whole: `50,00,0` and `5 00` are refused rather than guessed.
 * Never throws; never returns NaN.
 */
export function parseAmountInput(input: unknown, currency = 'KZT'): AmountInput {
  if (typeof input !== 'string') return { ok: false, code: 'empty' };
  let text = input.replace(CURRENCY_WORDS, '').replace(SPACES, ' ').trim();
  const code = currency.toUpperCase();
  if (text.toUpperCase().endsWith(code)) text = text.slice(0, -code.length).trim();
  if (text.toUpperCase().startsWith(code)) text = text.slice(code.length).trim();
  if (text === '') return { ok: false, code: 'empty' };
  if (text.length > 40 || !/^[0-9][0-9 ,.']*$/.test(text) || / {2}|[ ,.'][ ,.']/.test(text.replace(/[.,]$/, '')))
    return { ok: false, code: 'not-a-number' };
  const body = text.replace(/[.,]$/, ''); // "5000." is 5000
  // The decimal mark, if any: the last , or . unless three digits follow it (then it groups).
  const lastMark = Math.max(body.lastIndexOf(','), body.lastIndexOf('.'));
  let integer = body;
  let fraction = '';
  if (lastMark !== -1) {
    const after = body.slice(lastMark + 1);
    const before = body.slice(0, lastMark);
    const mark = body[lastMark];
    const other = mark === ',' ? '.' : ',';
    // A lone 0 before it, the other punctuation before it, or a repeat of it (5.000.000) decide.
    const groups = after.length === 3 && before !== '0' && !before.includes(other);
    if (!groups) {
      integer = before;
      fraction = after;
      if (integer.includes(mark)) return { ok: false, code: 'not-a-number' };
    }
  }
  // The whole part: groups of three after the first, separated by one kind of punctuation (plus spaces).
  const groups = integer.split(/[ ,.']/);
  const punctuation = new Set(integer.replace(/[0-9 ']/g, ''));
  if (
    punctuation.size > 1 ||
    groups.some((group, index) =>
      index === 0 ? group.length < 1 || (groups.length > 1 && group.length > 3) : group.length !== 3,
    )
  )
    return { ok: false, code: 'not-a-number' };
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, code: 'too-precise', limit: digits };
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, code: 'not-a-number' };
  return { ok: true, value };
}

/** Checks an amount against the bounds: `too-small` / `too-large` carry the bound as `limit`. */
export function checkAmountBounds(value: number, min: number, max: number): AmountInput {
  if (!Number.isFinite(value)) return { ok: false, code: 'not-a-number' };
  if (value < min) return { ok: false, code: 'too-small', limit: min };
  if (value > max) return { ok: false, code: 'too-large', limit: max };
  return { ok: true, value };
}

/** A typed amount, read (parseAmountInput) and bounded (checkAmountBounds). */
export function readDonationAmount(input: unknown, currency: string, min: number, max: number): AmountInput {
  const parsed = parseAmountInput(input, currency);
  return parsed.ok ? checkAmountBounds(parsed.value, min, max) : parsed;
}

/** `once`, `monthly` or `both`; anything else is refused. */
export function toFrequencyChoice(value: unknown, field = 'frequency'): FrequencyChoice {
  if (value === 'once' || value === 'monthly' || value === 'both') return value;
  throw new QoldauError('invalid-type', field, describe(value));
}

/**
 * A list of suggested amounts: numbers, numeric strings, `{ amount, impact }` records, or one string
 * of amounts separated by spaces, `;` or `|` ("2000 5000 10000"). Amounts are whole groups of
 * digits there, so "5 000" in a list is two amounts: use `;` between amounts written with spaces.
 */
export function toSuggestedAmounts(value: unknown, currency: string, field = 'amounts'): SuggestedAmount[] {
  if (typeof value !== 'string' && !Array.isArray(value)) throw new QoldauError('invalid-type', field);
  const items: unknown[] =
    typeof value === 'string'
      ? (/[;|]/.test(value) ? value.split(/[;|]/) : value.split(/\s+/)).map((item) => item.trim()).filter(Boolean)
      : value;
  if (items.length > MAX_SUGGESTED) throw new QoldauError('absurd-value', field, String(items.length));
  const seen = new Set<number>();
  return items.map((item, index) => {
    const path = `${field}[${index}]`;
    const record = typeof item === 'object' && item !== null ? toRecord(item, path) : { amount: item };
    const raw = record.amount;
    const parsed = typeof raw === 'string' ? parseAmountInput(raw, currency) : undefined;
    if (parsed && !parsed.ok) throw new QoldauError('invalid-number', `${path}.amount`, describe(raw));
    const amount = toAmount(parsed?.ok ? parsed.value : raw, `${path}.amount`);
    if (amount <= 0 || seen.has(amount)) throw new QoldauError('invalid-number', `${path}.amount`, describe(raw));
    seen.add(amount);
    const suggestion: SuggestedAmount = { amount };
    if (record.impact !== undefined && record.impact !== null)
      suggestion.impact = toLocalizedText(record.impact, `${path}.impact`);
    return suggestion;
  });
}

function toBound(value: unknown, field: string, currency: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const parsed = typeof value === 'string' ? parseAmountInput(value, currency) : undefined;
  if (parsed && !parsed.ok) throw new QoldauError('invalid-number', field, describe(value));
  const number = toAmount(parsed?.ok ? parsed.value : value, field);
  if (number > ABSURD_LIMIT) throw new QoldauError('absurd-value', field, describe(value));
  return number;
}

/**
 * Validates a `donate` payload (docs/data.md): `amounts` (suggestions, with what each buys),
 * `defaultAmount`, `min`, `max`, `currency` (KZT), `frequency` (`once`, `monthly`, `both`),
 * `campaign`. The default and every suggestion must lie within min…max, and min ≤ max.
 */
export function validateDonate(input: unknown): DonateOptions {
  const value = toRecord(input, 'donate');
  const currency = value.currency === undefined || value.currency === null ? 'KZT' : toCurrency(value.currency);
  const min = toBound(value.min, 'min', currency, DEFAULT_MIN_DONATION);
  const max = toBound(value.max, 'max', currency, DEFAULT_MAX_DONATION);
  if (min <= 0 || min > max) throw new QoldauError('invalid-number', 'min', describe(value.min));
  const amounts =
    value.amounts === undefined || value.amounts === null ? [] : toSuggestedAmounts(value.amounts, currency);
  amounts.forEach((suggestion, index) => {
    if (suggestion.amount < min || suggestion.amount > max)
      throw new QoldauError('invalid-number', `amounts[${index}].amount`, String(suggestion.amount));
  });
  const options: DonateOptions = {
    ...(value.id === undefined ? {} : { id: toText(value.id, 'id') }),
    currency,
    amounts,
    min,
    max,
    frequency:
      value.frequency === undefined || value.frequency === null || value.frequency === ''
        ? 'once'
        : toFrequencyChoice(value.frequency),
  };
  if (value.defaultAmount !== undefined && value.defaultAmount !== null && value.defaultAmount !== '') {
    const amount = toBound(value.defaultAmount, 'defaultAmount', currency, 0);
    if (amount < min || amount > max) throw new QoldauError('invalid-number', 'defaultAmount', describe(amount));
    options.defaultAmount = amount;
  }
  if (value.campaign !== undefined && value.campaign !== null && value.campaign !== '')
    options.campaign = toText(value.campaign, 'campaign');
  return options;
}
