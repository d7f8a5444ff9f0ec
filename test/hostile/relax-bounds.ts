// Tests wait milliseconds, not the 15 s minimum refresh of docs/data.md ("Bounds"): this shrinks
// every minimum of core's BOUNDS table 1000× (maximums and fallbacks stay). validate-bounds.test.ts
// and the hostile suite check the real table.
import type { Bound, BoundName } from '@qoldau/core';

const real = new WeakMap<object, Record<string, Bound>>();

/** Shrinks the minimums of `bounds` (pass core's BOUNDS as the test's own import sees it). */
export function relaxBounds(bounds: Record<BoundName, Bound>): void {
  if (!real.has(bounds)) real.set(bounds, { ...bounds });
  for (const [name, [min, max, fallback]] of Object.entries(real.get(bounds)!))
    bounds[name as BoundName] = [min / 1000, max, fallback];
}

/** Puts the real minimums back. */
export function realBounds(bounds: Record<BoundName, Bound>): void {
  const saved = real.get(bounds);
  if (saved) Object.assign(bounds, saved);
}
