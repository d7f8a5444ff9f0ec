// A campaign's plain end date ("2026-12-31") means "through the end of that day" where the NGO
// works, as the guides say: the last instant of that calendar day in Almaty. Read as midnight, the
// widget said "ended" all through the last day and "Last day" never showed. Date-times are taken
// exactly as written (see toDate).
//
// A fixed UTC+5, as toDate reads plain dates: Almaty keeps no daylight saving time (UTC+5 since
// March 2024), and campaigns carry no time zone of their own. Intl offsets would cost the
// first-paint bundle ~150 bytes for no Kazakh campaign; an `offset` (minutes) serves others.
import { QoldauError } from './errors.js';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last millisecond of a plain date ("2026-12-31") at UTC+`offset` minutes (Almaty: 300);
 * undefined when `value` is not a plain date (the caller's own date reading applies); a QoldauError
 * for a day that does not exist.
 */
export function endOfPlainDay(value: unknown, field = 'endsAt', offset = 300): Date | undefined {
  const match = typeof value === 'string' ? PLAIN_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const start = new Date(Date.UTC(year, month - 1, day));
  // "2026-02-30" is no day (and `new Date` would quietly read it as 2 March).
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
    throw new QoldauError('invalid-date', field, String(value));
  }
  return new Date(start.getTime() + 86_400_000 - offset * 60_000 - 1);
}
