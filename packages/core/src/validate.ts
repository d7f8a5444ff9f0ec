// Validation at the boundary: unknown input (attributes, inline JSON, HTTP payloads) in,
// typed data or a QoldauError out. Nothing here throws anything but QoldauError.
import { QoldauError } from './errors.js';
import { isKnownCurrency, minorUnit } from './format.js';

/** Text in up to three languages, or one string for all. */
export type LocalizedText = string | Partial<Record<'en' | 'ru' | 'kk', string>>;

export interface Milestone {
  amount: number;
  label?: LocalizedText;
}

/** A fundraising campaign, as the donation progress shows it. */
export interface Campaign {
  id?: string;
  title?: LocalizedText;
  raised: number;
  goal: number;
  currency: string;
  donors?: number;
  endsAt?: Date;
  milestones: Milestone[];
  updatedAt?: Date;
}

/** Larger than any real campaign; beyond it a number is a typo or hostile. */
export const ABSURD_LIMIT = 1e15;

const MARKUP = /<\/?[a-z!][^>]*>/i;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Input as error detail. Never String(value): a null-prototype object (or one with a hostile
 * toString) would throw a TypeError, and nothing here may throw anything but QoldauError.
 */
export const describe = (value: unknown): string =>
  typeof value === 'string' ? value.slice(0, 80) : typeof value === 'number' ? String(value) : typeof value;

/** A finite, non-negative, plausible number; numeric strings ("1 250 000", "1250000") are accepted. */
export function toAmount(value: unknown, field: string): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value.replace(/[\s\u00a0\u202f]/g, ''))
        : NaN;
  if (!Number.isFinite(number)) throw new QoldauError('invalid-number', field, describe(value));
  if (number < 0) throw new QoldauError('negative-value', field, describe(value));
  if (number > ABSURD_LIMIT) throw new QoldauError('absurd-value', field, describe(value));
  return number;
}

export function toCurrency(value: unknown, field = 'currency'): string {
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  const code = value.trim().toUpperCase();
  if (!isKnownCurrency(code)) throw new QoldauError('unknown-currency', field, describe(value));
  return code;
}

/** True when the text's leading YYYY-MM(-DD) names a real month (and day): no 2026-13, no 2026-02-30. */
export function dayExists(text: string): boolean {
  const [year, month, day = 1] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date or date-time. Dates without a time are read in Asia/Almaty (UTC+5), where our NGOs publish
 * them, not in the visitor's own time zone: as the start of that day, or with `endOfDay` (a
 * campaign's `ends`, "through the last day" as the guides say) as its last millisecond. A fixed
 * UTC+5: Almaty keeps no daylight saving time since March 2024, and an Intl lookup would cost the
 * first-paint bundle ~150 B. Date-times are taken exactly as written.
 */
export function toDate(value: unknown, field: string, endOfDay = false): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const text = typeof value === 'string' ? value.trim() : '';
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T${endOfDay ? '23:59:59.999' : '00:00:00'}+05:00` : text;
  const date = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? new Date(iso) : new Date(NaN);
  // V8 rolls 2026-02-30 over to 1 March: the day written must exist.
  if (Number.isNaN(date.getTime()) || !dayExists(text)) throw new QoldauError('invalid-date', field, describe(value));
  return date;
}

/** Plain text only: markup in data is rejected rather than escaped, so it is noticed. */
export function toText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new QoldauError('invalid-type', field);
  if (MARKUP.test(value)) throw new QoldauError('markup-in-text', field);
  return value;
}

export function toLocalizedText(value: unknown, field: string): LocalizedText {
  if (typeof value === 'string') return toText(value, field);
  if (!isRecord(value)) throw new QoldauError('invalid-type', field);
  const text: Partial<Record<'en' | 'ru' | 'kk', string>> = {};
  for (const locale of ['en', 'ru', 'kk'] as const) {
    if (value[locale] !== undefined) text[locale] = toText(value[locale], `${field}.${locale}`);
  }
  return text;
}

/** Picks the text for a locale: the locale itself, then English, Russian, Kazakh. */
export function pickText(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale as 'en'] ?? text.en ?? text.ru ?? text.kk;
}

export function parseJson(text: string, field = 'json'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new QoldauError('invalid-json', field);
  }
}

function toMilestones(value: unknown): Milestone[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new QoldauError('invalid-type', 'milestones');
  return value.map((item, index) => {
    if (!isRecord(item)) throw new QoldauError('invalid-type', `milestones[${index}]`);
    const milestone: Milestone = { amount: toAmount(item.amount, `milestones[${index}].amount`) };
    if (item.label !== undefined) milestone.label = toLocalizedText(item.label, `milestones[${index}].label`);
    return milestone;
  });
}

/** Validates a campaign payload (see docs/data.md). `currency` defaults to KZT. */
export function validateCampaign(value: unknown): Campaign {
  if (!isRecord(value)) throw new QoldauError('invalid-type', 'campaign');
  if (value.goal === undefined || value.goal === null) throw new QoldauError('missing-field', 'goal');
  const goal = toAmount(value.goal, 'goal');
  const currency = value.currency === undefined ? 'KZT' : toCurrency(value.currency);
  // A goal below the currency's smallest coin (5e-324, 0.001 ₸) would print "₸0" and "∞%".
  if (goal < minorUnit(currency)) throw new QoldauError('invalid-goal', 'goal', describe(value.goal));
  const campaign: Campaign = {
    raised: value.raised === undefined ? 0 : toAmount(value.raised, 'raised'),
    goal,
    currency,
    milestones: toMilestones(value.milestones),
  };
  if (value.id !== undefined) campaign.id = toText(value.id, 'id');
  if (value.title !== undefined) campaign.title = toLocalizedText(value.title, 'title');
  if (value.donors !== undefined) campaign.donors = Math.round(toAmount(value.donors, 'donors'));
  if (value.endsAt !== undefined && value.endsAt !== null) {
    campaign.endsAt = toDate(value.endsAt, 'endsAt', true);
  }
  if (value.updatedAt !== undefined) campaign.updatedAt = toDate(value.updatedAt, 'updatedAt');
  return campaign;
}

// ── The other resource kinds (see docs/data.md for each payload's JSON Schema) ─────────────────
