// Dates and days in words for en/ru/kk ('5 декабря 2026 г.', 'ертең'), in Almaty's calendar unless
// told otherwise, staying Kazakh words where the browser lacks Kazakh ICU data. Apart from
// format.ts so a page whose widgets show no dates does not download it. The forms reuse these
// helpers: formatDate, formatDateTime, formatTime, formatTimeRange, formatRelativeDays.
import { cached, dateFormat } from './intl-cache.js';
import { DEFAULT_TIME_ZONE, formatNumber, type QoldauLocale } from './format.js';

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** `Intl.RelativeTimeFormat` with `numeric: 'auto'` for a locale, built once. @internal */
export const relativeTimeFormat = (tag: string): Intl.RelativeTimeFormat =>
  cached(relativeFormats, tag, {}, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));

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

/** Whether the browser has Kazakh relative-time words ('бүгін'); Debian's Chromium has not. @internal */
export function hasKazakhRelativeTime(): boolean {
  kazakhRelativeTime ??= new Intl.RelativeTimeFormat('kk-KZ', { numeric: 'auto' }).format(0, 'day') === 'бүгін';
  return kazakhRelativeTime;
}

// Without Kazakh date data (Debian's Chromium), Russian month names would be the wrong language and
// root data prints '2026 M12 5'; digits ('05.12.2026') are read aloud as numbers. So Qoldau carries
// the twelve month and seven weekday names (nominative, as CLDR's Kazakh patterns use them) and
// writes dates in words itself: '2027 жылғы 5 наурыз, жұма', 'мамыр 2026', times as 24-hour '10:00'.
// Only where digits were asked for (dateStyle 'short', a numeric month) does it stay with digits.
const KK_MONTHS = 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
const KK_WEEKDAYS = 'жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі'.split(' ');

// Digits in Kazakhstan's own order (05.12.2026, 24-hour clock), for the options that ask for digits.
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

/** A Kazakh date in words from Qoldau's own names, for browsers without Kazakh date data. */
function kazakhWords(date: Date, options: Intl.DateTimeFormatOptions): string {
  const { dateStyle, timeStyle, timeZone } = options;
  if (dateStyle === 'short' || options.month === 'numeric' || options.month === '2-digit') {
    return dateFormat('ru-KZ', numericDateOptions(options)).format(date);
  }
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? '';
  const [year, day] = [part('year'), part('day')];
  const month = KK_MONTHS[Number(part('month')) - 1];
  const withYear = dateStyle || options.year;
  let text = '';
  if (dateStyle || options.month) {
    if (dateStyle || options.day) text = withYear ? `${year} жылғы ${day} ${month}` : `${day} ${month}`;
    else text = withYear ? `${month} ${year}` : month;
  } else text = options.day ? day : withYear ? year : '';
  const pieces = [text];
  if (dateStyle === 'full' || options.weekday) {
    pieces.push(KK_WEEKDAYS['Sun Mon Tue Wed Thu Fri Sat'.split(' ').indexOf(part('weekday'))]);
  }
  if (timeStyle || options.hour || options.minute) {
    let time = `${part('hour')}:${part('minute')}`;
    if ((timeStyle && timeStyle !== 'short') || options.second) time += `:${part('second')}`;
    if (options.timeZoneName || timeStyle === 'full' || timeStyle === 'long') {
      const zone = dateFormat('ru-KZ', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(date);
      time += ` ${zone.find((found) => found.type === 'timeZoneName')?.value ?? ''}`;
    }
    pieces.push(time);
  }
  return pieces.filter(Boolean).join(', ');
}

interface DateFormatter {
  format(date: Date): string;
  formatRange(start: Date, end: Date): string;
}

function localDateFormat(locale: QoldauLocale, options: Intl.DateTimeFormatOptions): DateFormatter {
  if (locale !== 'kk') return dateFormat(locale, options);
  if (hasKazakhDates()) return dateFormat('kk-KZ', options);
  return {
    format: (date) => kazakhWords(date, options),
    // The shared day is written once: '2026 жылғы 5 желтоқсан, 10:00–12:00'.
    formatRange(start, end) {
      const [from, to] = [kazakhWords(start, options), kazakhWords(end, options)];
      const [fromDay, fromTime] = [from.slice(0, from.lastIndexOf(', ')), from.slice(from.lastIndexOf(', ') + 2)];
      return options.timeStyle && to.startsWith(`${fromDay}, `)
        ? `${fromDay}, ${fromTime}–${to.slice(fromDay.length + 2)}`
        : `${from} – ${to}`;
    },
  };
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

/** '10:00 AM' (en), '10:00' (ru, kk): a time of day in Almaty unless `timeZone` says otherwise. */
export function formatTime(date: Date, locale: QoldauLocale, timeZone = DEFAULT_TIME_ZONE): string {
  return localDateFormat(locale, { timeStyle: 'short', timeZone }).format(date);
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
  return relativeTimeFormat(tag).format(days, 'day');
}
