// Dates and days in words for en/ru/kk ('5 декабря 2026 г.', 'ертең'), in Almaty's calendar unless
// told otherwise, staying Kazakh (or honest digits) where the browser lacks Kazakh ICU data. Apart
// from format.ts so a page whose widgets show no dates does not download it.
import { cached, dateFormat } from './intl-cache.js';
import { DEFAULT_TIME_ZONE, formatNumber, type QoldauLocale } from './format.js';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

// Probed once, lazily (see hasKazakhNumbers in format.ts for why).
let kazakhDates: boolean | undefined;
let kazakhRelativeTime: boolean | undefined;

function hasKazakhDates(): boolean {
  kazakhDates ??=
    new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(2026, 11, 15)))
      .toLowerCase() === 'желтоқсан';
  return kazakhDates;
}

function hasKazakhRelativeTime(): boolean {
  kazakhRelativeTime ??= new Intl.RelativeTimeFormat('kk-KZ', { numeric: 'auto' }).format(0, 'day') === 'бүгін';
  return kazakhRelativeTime;
}

// Without Kazakh date data the honest fallback is all digits in Kazakhstan's own order
// (05.12.2026, 24-hour clock): Russian month names would be the wrong language, and root data
// prints '2026 M12 5'. Weekday and era names have no digit form, so they are left out.
function numericDateOptions(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const { dateStyle, timeStyle } = options;
  const numeric: Intl.DateTimeFormatOptions = { ...options };
  for (const wordy of ['dateStyle', 'timeStyle', 'weekday', 'era', 'dayPeriod'] as const) delete numeric[wordy];
  if (dateStyle) Object.assign(numeric, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (timeStyle) {
    Object.assign(numeric, { hour: '2-digit', minute: '2-digit' });
    if (timeStyle !== 'short') numeric.second = '2-digit';
  }
  // Digits-only dates read as dd.MM, as on Kazakh documents; '5.12' would look like a decimal.
  if (numeric.month && numeric.month !== 'numeric') numeric.month = '2-digit';
  if (numeric.day) numeric.day = '2-digit';
  if (numeric.timeZoneName) numeric.timeZoneName = 'shortOffset';
  return numeric;
}

function localDateFormat(locale: QoldauLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  if (locale !== 'kk') return dateFormat(locale, options);
  return hasKazakhDates() ? dateFormat('kk-KZ', options) : dateFormat('ru-KZ', numericDateOptions(options));
}

/** A date as Almaty's calendar shows it unless `options.timeZone` says otherwise; long date by default. */
export function formatDate(
  date: Date,
  locale: QoldauLocale,
  options: Intl.DateTimeFormatOptions & { timeZone?: string } = { dateStyle: 'long' },
): string {
  return localDateFormat(locale, { ...options, timeZone: options.timeZone ?? DEFAULT_TIME_ZONE }).format(date);
}

const dateTimeOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone,
});

/** 'Dec 5, 2026, 10:00 AM' (en), '5 дек. 2026 г., 10:00' (ru). */
export function formatDateTime(date: Date, locale: QoldauLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return localDateFormat(locale, dateTimeOptions(timeZone)).format(date);
}

/** 'Dec 5, 2026, 10:00 AM – 12:00 PM': the shared date is written once. */
export function formatTimeRange(start: Date, end: Date, locale: QoldauLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return localDateFormat(locale, dateTimeOptions(timeZone)).formatRange(start, end);
}

// CLDR's Kazakh day phrases, for ICU builds without them (root data would say 'tomorrow', '+2 d').
const KAZAKH_NAMED_DAYS = new Map<number, string>([
  [-2, 'алдыңгүні'],
  [-1, 'кеше'],
  [0, 'бүгін'],
  [1, 'ертең'],
  [2, 'бүрсігүні'],
]);

/** 0 → 'today' / 'сегодня' / 'бүгін', 1 → 'tomorrow', 5 → 'in 5 days' / 'через 5 дней' / '5 күннен кейін'. */
export function formatRelativeDays(days: number, locale: QoldauLocale): string {
  if (locale === 'kk' && !hasKazakhRelativeTime()) {
    const named = KAZAKH_NAMED_DAYS.get(days);
    if (named !== undefined) return named;
    const count = formatNumber(Math.abs(days), 'kk');
    return days > 0 ? `${count} күннен кейін` : `${count} күн бұрын`;
  }
  const tag = locale === 'kk' ? 'kk-KZ' : locale;
  const relative = cached(relativeFormats, tag, {}, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  return relative.format(days, 'day');
}
