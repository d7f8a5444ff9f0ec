// A data-adapter source for the stories that read through the adapter (`metric="families"`,
// `allocation="batyr-2026"`, `donors="batyr-van"` with its campaign): the sample data in memory, and one id that never answers, so the
// loading state stays on screen. Only stories that name a resource use it; the others never ask.
import { QoldauError, configure, type ResourceRef } from '@qoldau/core';
import { storageKey } from '../../packages/core/src/data/storage.js';
import { batyrAllocation, batyrVan, sampleMetrics } from './sample-data.js';
import { recentDonors } from './sample-donors.js';

/** Reading this id fails as offline; a copy saved on an earlier visit is shown, marked stale. */
export const OFFLINE_ID = 'offline';

/** Reading this id never finishes: the widget stays in its loading state. */
export const PENDING_ID = 'still-loading';

/** The id of the set of all sample metrics (`<qoldau-impact-counters set="…">`). */
export const SAMPLE_SET_ID = 'impact-2026';

async function readSample({ kind, id }: ResourceRef): Promise<unknown> {
  if (id === PENDING_ID) return new Promise<never>(() => {});
  if (id === OFFLINE_ID) throw new QoldauError('network', kind);
  const found =
    kind === 'metric'
      ? sampleMetrics.find((metric) => metric.id === id)
      : kind === 'metrics' && id === SAMPLE_SET_ID
        ? { id, items: sampleMetrics }
        : kind === 'allocation' && id === batyrAllocation.id
          ? batyrAllocation
          : kind === 'donors' && id === 'batyr-van'
            ? { campaign: 'batyr-van', currency: 'KZT', items: recentDonors() }
            : kind === 'campaign' && id === 'batyr-van'
              ? { raised: batyrVan.raised, goal: batyrVan.goal, currency: batyrVan.currency, donors: batyrVan.donors }
              : undefined;
  if (!found) throw new QoldauError('not-found', kind);
  return structuredClone(found);
}

/** Story loader: makes the sample data the adapter's source (the same source each time). */
export async function sampleSourceLoader(): Promise<void> {
  configure({ source: { type: 'custom', read: readSample } });
}

/**
 * Story loader: as sampleSourceLoader, with the donor list `OFFLINE_ID` saved in this browser an
 * hour ago (as the adapter saves what it read: data.read's persist), so the wall shows it as stale.
 */
export async function offlineDonorsLoader(): Promise<void> {
  await sampleSourceLoader();
  const saved = { t: Date.now() - 3_600_000, d: { items: recentDonors().slice(0, 4) } };
  localStorage.setItem(storageKey(`data:custom::donors:${OFFLINE_ID}`), JSON.stringify(saved));
}
