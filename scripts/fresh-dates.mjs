// Keeps sample events (and campaigns' end dates) in the future: their dates are written as seen
// from one day, and served moved forward by whole weeks, as far ahead of today as they were then
// (same weekday, wall-clock time and offset). Without this the fixed dates of the test server's
// sample data and of the demo's event would close their sign-ups for good once they passed, and
// the demo's campaign would end. Used by test/server and scripts/serve-demo.

/** The day the sample data (test/server/sample-data.json, the demo's data/) was dated as seen from. */
export const SAMPLES_WRITTEN_ON = '2026-12-03';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const EVENT_TIMES = ['startsAt', 'endsAt', 'deadline'];

/**
 * `event` with its times moved by the whole weeks since `writtenOn` (YYYY-MM-DD); never backwards.
 * A date that does not exist ("2027-02-30") is left as written, for the validators to refuse.
 */
export function freshEventDates(event, writtenOn = SAMPLES_WRITTEN_ON, now = Date.now()) {
  const weeks = Math.max(0, Math.floor((now - Date.parse(writtenOn)) / WEEK));
  if (!event || weeks === 0) return event;
  const moved = { ...event };
  for (const key of EVENT_TIMES) {
    // Only the date moves: "2027-03-13T11:00:00+05:00" keeps "T11:00:00+05:00", a sheet's
    // wall-clock "2027-03-13 11:00" keeps its " 11:00".
    const match = typeof event[key] === 'string' ? /^(\d{4}-\d{2}-\d{2})(.*)$/s.exec(event[key]) : null;
    if (!match) continue;
    const day = Date.parse(`${match[1]}T00:00:00Z`);
    const exists = Number.isFinite(day) && new Date(day).toISOString().startsWith(match[1]);
    if (exists) moved[key] = new Date(day + weeks * WEEK).toISOString().slice(0, 10) + match[2];
  }
  return moved;
}
