// Shared set-up for the data adapter tests: a clean adapter per test, isolated storage, polling.
import { configure, resetConfig } from '../../src/data/config.js';
import type { QoldauConfig } from '../../src/data/types.js';
import { resetQueue } from '../../src/data/outbox-queue.js';
import { resetCache } from '../../src/data/read.js';
import { setStorageNamespace } from '../../src/data/storage.js';
import { BOUNDS } from '../../src/validate-bounds.js';
import { relaxBounds } from '../../../../test/hostile/relax-bounds.js';
import { testServer } from '../../../../test/server/control.js';

let counter = 0;

/** A fresh adapter as on a new page, with its own storage namespace; returns the namespace. */
export function freshAdapter(): string {
  const namespace = `qoldau-test-${Date.now()}-${counter++}-${Math.random().toString(36).slice(2)}:`;
  setStorageNamespace(namespace);
  resetConfig();
  resetCache();
  resetQueue();
  // Tests wait milliseconds, not the 15 s minimum refresh (validate-bounds.test.ts checks the real ones).
  relaxBounds(BOUNDS);
  return namespace;
}

/**
 * A fresh adapter reading the real test server's JSON API (reset first), with `options` (e.g.
 * `cacheTtl`) beside the source; returns the server's base URL.
 */
export async function useJsonSource(options: Omit<QoldauConfig, 'source'> = {}): Promise<string> {
  freshAdapter();
  await testServer.reset();
  const base = await testServer.url();
  configure({ source: { type: 'json', url: `${base}/api/{kind}/{id}.json` }, ...options });
  return base;
}

export { until } from '../../../../test/helpers.js';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `action` and returns the QoldauError it rejects with (fails if it resolves). */
export async function rejection(action: () => unknown): Promise<{ name: string; code: string; field?: string }> {
  try {
    await action();
  } catch (error) {
    return error as { name: string; code: string; field?: string };
  }
  throw new Error('expected a rejection');
}
