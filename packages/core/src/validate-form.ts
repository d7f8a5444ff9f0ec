// Form input rules: pure functions from what a visitor typed to a normalized value or an error code.
// Codes, never prose (as in errors.ts): the form localizes them. The same rules serve the browser
// and any receiver that can run TypeScript/JS; the demo receiver re-checks the essentials.
import { QoldauError } from './errors.js';
import { toText } from './validate.js';

/** An IANA time zone the browser knows ("Asia/Almaty"), or a QoldauError. */
export function toTimeZone(value: unknown, field: string): string {
  const zone = toText(value, field);
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new QoldauError('invalid-date', field, zone);
  }
  return zone;
}

/** Every reason a form field can be refused. Stable: forms map each to a localized message. */
export type FormErrorCode =
  | 'required' // empty (or only spaces)
  | 'email' // not an email address
  | 'phone' // not a phone number we can dial (see normalizePhone)
  | 'email-or-phone' // `require="either"`: neither an email nor a phone
  | 'too-long' // more characters than `limit`
  | 'not-a-number' // a number field with something else in it
  | 'not-whole' // a fraction where a count is expected
  | 'too-small' // below `limit`
  | 'too-large' // above `limit`
  | 'not-an-option' // a select value the form does not offer
  | 'consent' // the required consent box is not ticked
  | 'date' // not a real date (31 February), in the future, or more than 120 years ago
  | 'too-young' // younger than `limit`, the youngest age accepted
  | 'guardian-consent'; // a minor's guardian has not ticked their consent

/** One refused field; `limit` for `too-long`, `too-small` and `too-large` ("at most 200 characters"). */
export interface FieldError {
  field: string;
  code: FormErrorCode;
  limit?: number;
}

/** A whole form's verdict: the normalized value, or the errors in field order. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Longest accepted input per kind of field (in characters, i.e. Unicode code points). */
export const LIMITS = { name: 200, email: 254, phone: 32, text: 500, note: 1000 } as const;

/** A value from FormData or JSON as trimmed text ('' for anything that is not text). */
export function formText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** `required` when nothing (or only white space) was entered. */
export function checkRequired(value: unknown): FormErrorCode | undefined {
  return formText(value) === '' && value !== true ? 'required' : undefined;
}

/** Characters as people count them: code points, so a Kazakh letter or an emoji is one. */
export const textLength = (value: string): number => [...value].length;

/** `too-long` when `value` has more than `max` characters. */
export function checkMaxLength(value: string, max: number): FormErrorCode | undefined {
  return textLength(value) > max ? 'too-long' : undefined;
}

/**
 * The address trimmed (domain lower-cased), or undefined when it is not one. Deliberately loose
 * (one @, a dot in the domain, no spaces): only the confirmation email can prove an address.
 */
export function normalizeEmail(value: string): string | undefined {
  const text = value.trim();
  const match = /^([^\s@]+)@((?:[^\s@.]+\.)+[^\s@.]{2,})$/.exec(text);
  if (!match || textLength(text) > LIMITS.email) return undefined;
  return `${match[1]}@${match[2].toLowerCase()}`;
}

export function checkEmail(value: string): FormErrorCode | undefined {
  return normalizeEmail(value) === undefined ? 'email' : undefined;
}

/**
 * A phone number in E.164 (`+77012345678`), or undefined. Kazakhstan's ways of writing one:
 * `+7 701 234 56 78`, `8 701 234 5678`, `87012345678`, `7012345678` (the national number always
 * starts with 7), `(701) 234-56-78`; other countries in `+` or `00` form (8 to 15 digits).
 * Spaces, dashes, dots and brackets are ignored; letters are not.
 */
export function normalizePhone(value: string): string | undefined {
  const text = value.trim().replace(/[\s\u00a0\u202f().-]/g, '');
  if (!/^(\+|00)?\d+$/.test(text)) return undefined;
  const international = text.startsWith('+') ? text.slice(1) : text.startsWith('00') ? text.slice(2) : undefined;
  let digits: string | undefined;
  if (international !== undefined) digits = international;
  else if (/^[78]7\d{9}$/.test(text))
    digits = `7${text.slice(1)}`; // 8 701… (trunk prefix) or 7 701…
  else if (/^7\d{9}$/.test(text)) digits = `7${text}`; // 701 234 56 78
  if (digits === undefined || digits.startsWith('0')) return undefined;
  // +7 is Kazakhstan and Russia: exactly 10 digits follow. Elsewhere E.164 allows up to 15 in all.
  if (digits.startsWith('7') ? digits.length !== 11 : digits.length < 8 || digits.length > 15) return undefined;
  return `+${digits}`;
}

export function checkPhone(value: string): FormErrorCode | undefined {
  return normalizePhone(value) === undefined ? 'phone' : undefined;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** Whole numbers only (counts of people). */
  integer?: boolean;
}

/** A typed number (`3`, ` 1 250 `, `2,5`) checked against a range; errors carry the broken limit. */
export function checkNumber(
  value: unknown,
  rule: NumberRule = {},
): { ok: true; value: number } | { ok: false; code: FormErrorCode; limit?: number } {
  const text = formText(value).replace(/[\s\u00a0\u202f]/g, '');
  const number = /^[-+]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (!Number.isFinite(number)) return { ok: false, code: 'not-a-number' };
  if (rule.integer && !Number.isInteger(number)) return { ok: false, code: 'not-whole' };
  if (rule.min !== undefined && number < rule.min) return { ok: false, code: 'too-small', limit: rule.min };
  if (rule.max !== undefined && number > rule.max) return { ok: false, code: 'too-large', limit: rule.max };
  return { ok: true, value: number };
}

/** A ticked checkbox as FormData or JSON gives it: `on`, `true`, `1`, `yes`, or `true`. */
export const isChecked = (value: unknown): boolean =>
  value === true || (typeof value === 'string' && /^(on|true|1|yes)$/i.test(value.trim()));

/** Which contact details an event sign-up asks for (`require` attribute). */
export type ContactRequirement = 'email' | 'phone' | 'either' | 'both';
