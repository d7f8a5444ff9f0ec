// The bounds of every time an NGO can type (attributes, #qoldau-config, configure()), in one table:
// docs/data.md ("Bounds") prints the same numbers. Times out of bounds are clamped, not refused:
// a typo in `refresh` must not blank a donation meter, and it must never become a request storm
// (a refresh of 0.001 s, or one past setTimeout's 2³¹ ms, which fires at once).
// Kept apart from validate.ts: only the data adapter and the counters need it, not first paint.

/** `[min, max, fallback]`; the fallback is used for anything that is not a finite number ≥ 0. */
export type Bound = readonly [min: number, max: number, fallback: number];

const DAY = 86_400;

export type BoundName = 'refresh' | 'cacheTtl' | 'timeout' | 'retryDelay' | 'maxRetryDelay' | 'expiry';

/**
 * The table. Tests that wait milliseconds rather than 15 s replace entries (test/helpers.ts,
 * `relaxBounds`); nothing else may change it.
 */
export const BOUNDS: Record<BoundName, Bound> = {
  /** Seconds between refreshes; 0 turns polling off. */
  refresh: [15, DAY, 0],
  /** Seconds a read stays fresh in memory. */
  cacheTtl: [0, DAY, 60],
  // The counter's `duration` (0 … 10 000 ms, else 1500) is checked in impact-counter.ts itself,
  // so that its chunk does not import this module.
  /** Seconds before a source or sink request is abandoned. */
  timeout: [1, 120, 15],
  /** Seconds before the first retry of a submission. */
  retryDelay: [0.1, 3600, 1],
  /** Longest pause between retries, in seconds. */
  maxRetryDelay: [1, DAY, 300],
  /** Seconds an unsent submission is kept: 7 days by default, never more than 30. */
  expiry: [60, 30 * DAY, 7 * DAY],
};

/**
 * A time from untrusted input, within its bounds. Numeric strings count ("60"); anything that is
 * not a number ≥ 0 (NaN, "60s", -1, null, objects) gives the field's fallback; Infinity the maximum. For
 * `refresh`, 0 stays 0 (off) and anything else is lifted to at least 15 s.
 */
export function toBounded(value: unknown, name: BoundName, fallback?: number): number {
  const [min, max, otherwise] = BOUNDS[name];
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!(number >= 0)) return fallback ?? otherwise;
  if (name === 'refresh' && number === 0) return 0;
  return Math.min(max, Math.max(min, number));
}
