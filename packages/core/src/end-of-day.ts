// A campaign's plain end date ("2026-12-31") means "through the end of that day" where the NGO
// works, as the guides say: the last instant of that calendar day in the campaign's time zone
// (Asia/Almaty unless told otherwise). Read as midnight, the widget said "ended" all through the
// last day and "Last day" never showed. Date-times are taken exactly as written (see toDate).
import { QoldauError } from './errors.js';
import { DEFAULT_TIME_ZONE } from './format.js';
import { dateFormat } from './intl-cache.js';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// How far the zone's wall clock is ahead of UTC at `instant`, in ms.
function zoneOffset(instant: number, timeZone: string): number {
  const parts = dateFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The last millisecond of a plain date ("2026-12-31") in `timeZone`; undefined when `value` is not
 * a plain date (the caller's own date reading applies); a QoldauError for a day that does not exist.
 */
export function endOfPlainDay(value: unknown, field = 'endsAt', timeZone = DEFAULT_TIME_ZONE): Date | undefined {
  const match = typeof value === 'string' ? PLAIN_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const start = new Date(Date.UTC(year, month - 1, day));
  // "2026-02-30" is no day (and `new Date` would quietly read it as 2 March).
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
    throw new QoldauError('invalid-date', field, String(value));
  }
  // Next midnight on the zone's wall clock, found from its offset (twice, for a DST change that day).
  const nextMidnight = Date.UTC(year, month - 1, day + 1);
  let instant = nextMidnight - zoneOffset(nextMidnight, timeZone);
  instant = nextMidnight - zoneOffset(instant, timeZone);
  return new Date(instant - 1);
}
