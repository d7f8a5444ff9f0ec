// Money, number and plural formatting for en/ru/kk that stays Kazakh where the browser lacks Kazakh
// ICU data, and the calendar-day count behind "12 days left". Dates in words: format-date.ts.
import { cached, dateFormat } from './intl-cache.js';

export type QoldauLocale = 'en' | 'ru' | 'kk';

export const SUPPORTED_LOCALES: readonly QoldauLocale[] = Object.freeze(['en', 'ru', 'kk'] as const);

export const DEFAULT_CURRENCY = 'KZT';

/** Where our NGOs publish deadlines; one offset (UTC+5) the whole year. */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const numberFormat = (tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numberFormats, tag, options, () => new Intl.NumberFormat(tag, options));

// Some ICU builds (Debian's Chromium among them) know the tag `kk` but ship none of its data, and
// silently fall back to root: '1,250,000', '2026 M12 5', 'tomorrow'. Each kind of data is probed
// once, lazily, so importing this module stays free of side effects.
let kazakhNumbers: boolean | undefined;

function hasKazakhNumbers(): boolean {
  kazakhNumbers ??=
    new Intl.NumberFormat('kk-KZ').formatToParts(1234567).find((part) => part.type === 'group')?.value !== ',';
  return kazakhNumbers;
}

/** Maps any language tag (attribute, navigator.language, <html lang>) to one we have texts for. */
export function resolveLocale(tag: string | null | undefined): QoldauLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as QoldauLocale) : 'en';
}

let knownCurrencies: Set<string> | undefined;

/**
 * True for an upper-case ISO 4217 code this browser has data for. `Intl.supportedValuesOf` exists
 * in every browser Qoldau supports (README, "Browsers") and in Node 18+.
 */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

// ru-KZ shares Kazakh grouping, decimal comma and currency placement; only the compact units and
// the space before '%' differ, so those parts are rewritten to what real Kazakh CLDR data prints.
function kazakhCompactUnit(russian: string): string {
  if (russian.startsWith('тыс')) return 'мың';
  const long = /^(миллион|миллиард|триллион)/.exec(russian);
  return long ? long[1] : russian; // 'млн', 'млрд', 'трлн' are written alike in both languages
}

function kazakhFromRussian(parts: Intl.NumberFormatPart[]): string {
  return parts
    .map((part, index) => {
      if (part.type === 'compact') return kazakhCompactUnit(part.value);
      if (part.type === 'literal' && parts[index + 1]?.type === 'percentSign') return '';
      return part.value;
    })
    .join('');
}

function formatWith(value: number, locale: QoldauLocale, options: Intl.NumberFormatOptions): string {
  if (locale !== 'kk') return numberFormat(locale, options).format(value);
  if (hasKazakhNumbers()) return numberFormat('kk-KZ', options).format(value);
  return kazakhFromRussian(numberFormat('ru-KZ', options).formatToParts(value));
}

// CLDR's en and ru data print 'KZT' unless asked for the narrow symbol.
const moneyOptions = (currency: string): Intl.NumberFormatOptions => ({
  style: 'currency',
  currency,
  currencyDisplay: 'narrowSymbol',
});

// A page of meters formats thousands of amounts and validates hundreds of campaigns: per currency
// the minor digits and both option sets are worked out once, not on every call (resolvedOptions()
// was most of a call's time).
type MoneyFormat = [digits: number, cents: Intl.NumberFormatOptions, whole: Intl.NumberFormatOptions];
const moneyFormats = new Map<string, MoneyFormat>();

const moneyFormat = (currency: string): MoneyFormat =>
  cached(moneyFormats, currency, {}, () => {
    const options = moneyOptions(currency);
    const digits = numberFormat('en', options).resolvedOptions().maximumFractionDigits ?? 2;
    return [digits, options, { ...options, minimumFractionDigits: 0, maximumFractionDigits: 0 }];
  });

/** The currency's smallest amount: 0.01 for KZT, USD, EUR; 1 for JPY. */
export function minorUnit(currency: string): number {
  return 10 ** -moneyFormat(currency)[0];
}

/** '₸8,420,000' (en), '8 420 000 ₸' (ru, kk); cents only when the amount has them. */
export function formatMoney(amount: number, currency: string, locale: QoldauLocale): string {
  const [digits, cents, whole] = moneyFormat(currency);
  const scale = 10 ** digits;
  // Judged after rounding to the currency's minor unit, so 1250000.001 does not print ',00'.
  return formatWith(amount, locale, Math.round(amount * scale) % scale ? cents : whole);
}

export function formatNumber(value: number, locale: QoldauLocale, options: Intl.NumberFormatOptions = {}): string {
  return formatWith(value, locale, options);
}

/** 0.9 → '90%' (en, kk), '90 %' (ru). */
export function formatPercent(ratio: number, locale: QoldauLocale, maximumFractionDigits = 0): string {
  return formatWith(ratio, locale, { style: 'percent', maximumFractionDigits });
}

// Compact notation rounds to two significant digits by default ('25M'); a raised total of 24.5 M
// must not read as 25 M, so one fraction digit is kept.
const compactOptions: Intl.NumberFormatOptions = {
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
};

/** 24 500 000 → '24.5M' (en), '24,5 млн' (ru, kk). */
export function formatCompact(value: number, locale: QoldauLocale): string {
  return formatWith(value, locale, compactOptions);
}

/** 24 500 000 ₸ → '₸24.5M' (en), '24,5 млн ₸' (ru, kk). */
export function formatCompactMoney(value: number, currency: string, locale: QoldauLocale): string {
  return formatWith(value, locale, { ...moneyOptions(currency), ...compactOptions });
}

/** The CLDR plural category, to pick one message per category (ru: one/few/many/other; kk, en: one/other). */
export function pluralCategory(count: number, locale: QoldauLocale): Intl.LDMLPluralRule {
  // Plural rules ship apart from locale data, so even data-less ICU builds get Kazakh right.
  return cached(pluralRules, locale, {}, () => new Intl.PluralRules(locale)).select(count);
}

const DAY_MS = 86_400_000;

// The calendar day a time zone shows for an instant, as a day count, so that 23:30 and 00:10 the
// next night are one day apart even though only 40 minutes separate them.
function calendarDay(date: Date, timeZone: string): number {
  const calendar = dateFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone });
  const parts = calendar.formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day')) / DAY_MS;
}

/** Calendar days from `now` to `end` in `timeZone`: 0 the same day, 1 tomorrow, negative once past. */
export function daysUntil(end: Date, now: Date = new Date(), timeZone = DEFAULT_TIME_ZONE): number {
  return calendarDay(end, timeZone) - calendarDay(now, timeZone);
}
