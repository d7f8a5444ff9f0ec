// The outbox's front door, kept tiny for the CDN entry: the queue itself (outbox-queue.ts) and the
// sinks load on first use.
import { QoldauError } from '../errors.js';
import { storage } from './storage.js';
import type { Outbox, OutboxEntry, SubmitOptions } from './types.js';

type Queue = typeof import('./outbox-queue.js');

let queue: Promise<Queue> | undefined;

/** Everyone subscribed through `outbox.subscribe()`; the queue calls them. */
export const outboxListeners = new Set<(entry: OutboxEntry) => void>();

function loadQueue(): Promise<Queue> {
  queue ??= import('./outbox-queue.js').then(
    (module) => {
      module.start();
      return module;
    },
    () => {
      queue = undefined;
      throw new QoldauError('network', 'outbox');
    },
  );
  return queue;
}

/**
 * Queues a submission for the configured sink and resolves once it is stored (status `queued`);
 * delivery follows (see `outbox.subscribe` / `outbox.settled`). Rejects with `QoldauError`:
 * `config` without a sink, `invalid-type` for data that is not a plain JSON object,
 * `absurd-value` above 100 KB.
 */
export async function submit(
  form: string,
  data: Record<string, unknown>,
  options: SubmitOptions,
): Promise<OutboxEntry> {
  return (await loadQueue()).enqueue(form, data, options);
}

/**
 * Deletes expired submissions left by earlier visits, without sending anything (the CDN entry
 * calls it on every page load that finds any; see docs/data.md, "What is stored").
 */
export async function purgeOutbox(): Promise<void> {
  (await import('./outbox-queue.js')).purge();
}

/** The queue every submission goes through: persisted, retried, idempotent. See docs/data.md. */
export const outbox: Outbox = {
  get persistent() {
    return storage() !== null;
  },
  subscribe(listener) {
    outboxListeners.add(listener);
    loadQueue().catch(() => undefined);
    return () => outboxListeners.delete(listener);
  },
  pending: async () => (await loadQueue()).pending(),
  flush: async () => (await loadQueue()).flush(),
  settled: async (key) => (await loadQueue()).settled(key),
};
