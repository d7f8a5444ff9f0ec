// How long ago, in words ('2 часа назад'), for the donor wall. A module of its own so pages that
// show dates but no "ago" (the forms, charts) do not carry it.
import { formatNumber, type QoldauLocale } from './format.js';
import { formatDate, hasKazakhRelativeTime, relativeTimeFormat } from './format-date.js';

type AgoUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

// Kazakh words for browsers without Kazakh relative-time data (Kazakh nouns do not change after a
// number: '1 сағат', '5 сағат').
const KAZAKH_UNITS: Record<AgoUnit, string> = {
  second: 'секунд',
  minute: 'минут',
  hour: 'сағат',
  day: 'күн',
  week: 'апта',
  month: 'ай',
  year: 'жыл',
};

/** Clock skew we forgive: a gift "from the future" by less than this is simply "now". */
const SKEW = 10 * 60_000;

/**
 * How long ago `date` was, in words: 'now' / 'сейчас' / 'қазір', '5 minutes ago', '2 часа назад',
 * '2 сағат бұрын', 'yesterday'. The unit is the largest that fits: under 45 s is now, under 45 min
 * minutes, under 22 h hours, under 7 days days, under 4 weeks weeks, under a year months, then
 * years (rounded down: '2 hours ago' means at least two). A date later than `now` by up to ten
 * minutes (clock skew) is now; further in the future it is the date itself ('5 December 2026'),
 * never 'in 3 days'. `refreshIn` is when the words can next change, in ms.
 */
export function formatTimeAgo(date: Date, locale: QoldauLocale, now = Date.now()): { text: string; refreshIn: number } {
  const ms = now - date.getTime();
  if (ms < -SKEW) return { text: formatDate(date, locale), refreshIn: -ms - SKEW };
  const seconds = Math.max(0, ms / 1000);
  const steps: [AgoUnit, number, number][] = [
    ['minute', 60, 45 * 60],
    ['hour', 3600, 22 * 3600],
    ['day', 86_400, 7 * 86_400],
    ['week', 7 * 86_400, 28 * 86_400],
    ['month', 30.44 * 86_400, 365 * 86_400],
    ['year', 365.25 * 86_400, Infinity],
  ];
  if (seconds < 45) return { text: relativeWords(0, 'second', locale), refreshIn: (45 - seconds) * 1000 };
  for (const [unit, size, below] of steps) {
    if (seconds >= below) continue;
    const count = Math.max(1, Math.floor(seconds / size));
    // The words change when the count does, or when the next unit takes over.
    const next = Math.min((count + 1) * size, below) - seconds;
    return { text: relativeWords(-count, unit, locale), refreshIn: Math.max(1000, next * 1000) };
  }
  return { text: '', refreshIn: 86_400_000 }; // unreachable: years have no upper bound
}

function relativeWords(value: number, unit: AgoUnit, locale: QoldauLocale): string {
  if (locale === 'kk' && !hasKazakhRelativeTime()) {
    if (value === 0) return 'қазір';
    if (unit === 'day' && value === -1) return 'кеше';
    return `${formatNumber(-value, 'kk')} ${KAZAKH_UNITS[unit]} бұрын`;
  }
  return relativeTimeFormat(locale === 'kk' ? 'kk-KZ' : locale).format(value, unit);
}
