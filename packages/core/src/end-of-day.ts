// A campaign's plain end date ("2026-12-31") means "through the end of that day" where the NGO
// works, as the guides say: the last instant of that calendar day in the campaign's time zone
// (Asia/Almaty unless told otherwise). Read as midnight, the widget said "ended" all through the
// last day and "Last day" never showed. Date-times are taken exactly as written (see toDate).
import { QoldauError } from './errors.js';
import { DEFAULT_TIME_ZONE } from './format.js';
import { dateFormat } from './intl-cache.js';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// How far the zone's wall clock is ahead of UTC at `instant` (a whole minute), in ms.
function zoneOffset(instant: number, timeZone: string): number {
  const fields = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  })
    .formatToParts(new Date(instant))
    .filter((part) => part.type !== 'literal')
    .map((part) => Number(part.value));
  const [month, day, year, hour, minute] = fields;
  return Date.UTC(year, month - 1, day, hour, minute) - instant;
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
  // Next midnight on the zone's wall clock, less the zone's offset then, less one millisecond.
  const nextMidnight = Date.UTC(year, month - 1, day + 1);
  return new Date(nextMidnight - zoneOffset(nextMidnight, timeZone) - 1);
}
