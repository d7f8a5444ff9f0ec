// The static source (loaded on demand): finds a resource in data shaped like sample-data.json.
import { QoldauError } from '../errors.js';
import { isRecord } from '../validate.js';
import type { ResourceKind, ResourceRef } from './types.js';

// Where each kind lives in static data shaped like sample-data.json.
const STATIC_KEYS: Record<ResourceKind, string[]> = {
  campaign: ['campaigns', 'campaign'],
  metric: ['metrics', 'metric'],
  metrics: ['metricSets'],
  series: ['series'],
  event: ['events', 'event'],
  role: ['roles', 'volunteerRoles', 'role'],
  allocation: ['allocations', 'allocation'],
  donors: ['donors', 'donorLists'],
  donate: ['donate', 'donateOptions'],
};

/** The item for `ref`: from a list of items with `id`, an object keyed by id, or a single item. */
export function findStatic(data: Record<string, unknown>, ref: ResourceRef): unknown {
  // The set "all" is every metric of the data (sample-data.json's `metrics` list).
  if (ref.kind === 'metrics' && ref.id === 'all' && Array.isArray(data.metrics))
    return { id: 'all', items: data.metrics };
  for (const key of STATIC_KEYS[ref.kind]) {
    const group = data[key];
    const hit = Array.isArray(group)
      ? group.find((item) => isRecord(item) && item.id === ref.id)
      : isRecord(group)
        ? group.id === ref.id
          ? group
          : Object.hasOwn(group, ref.id)
            ? group[ref.id]
            : undefined
        : undefined;
    if (hit !== undefined) return hit;
  }
  throw new QoldauError('not-found', `${ref.kind}:${ref.id}`);
}
