// The outbox queue (loaded on first use): every submission is stored before the first attempt,
// sent by one tab at a time, retried with backoff, and removed only once confirmed or expired.
import { QoldauError } from '../errors.js';
import type { QoldauErrorCode } from '../errors.js';
import { isRecord } from '../validate.js';
import { toBounded } from '../validate-bounds.js';
import { SINK_TIMES, getConfig } from './config.js';
import { outboxListeners } from './outbox.js';
import { deliver } from './sink.js';
import type { Delivery } from './sink.js';
import { storage, storageKey, storedKeys } from './storage.js';
import type { OutboxEntry, OutboxStatus, SinkConfig, Submission, SubmissionOutcome, SubmitOptions } from './types.js';

/**
 * What we keep per submission; one storage item each, so tabs never overwrite each other's lists.
 * Nothing else is written: no page URL, no user agent, no copy of the data beyond the submission.
 */
export interface Stored {
  submission: Submission;
  attempts: number;
  nextAttemptAt: number;
  error?: QoldauErrorCode;
  /** The sink it was made for (see sinkOf): it goes there or nowhere. */
  sink: string;
  /** Epoch ms after which it is deleted unsent (the sink's `expiry` when it was queued). */
  expiresAt: number;
}

const ENTRY = 'outbox:';
const MAX_BYTES = 100_000;
/** Default lifetime of an unsent submission: 7 days (bounds: validate-bounds.ts, at most 30 days). */
export const DEFAULT_EXPIRY = 7 * 24 * 3600;

/**
 * Which sink an entry belongs to: the http sink's URL template, or `custom`. A page that configures
 * another sink leaves the entry alone (it expires unsent) rather than sending it somewhere the
 * visitor never agreed to.
 */
export const sinkOf = (sink: SinkConfig): string => (sink.type === 'http' ? `http ${sink.url}` : 'custom');

/**
 * True when an entry must be deleted: past its `expiresAt`, or without one (an entry from before
 * entries remembered their sink cannot be routed safely, so it is dropped).
 */
const isExpired = (stored: Stored, now = Date.now()): boolean =>
  !(typeof stored.sink === 'string' && stored.expiresAt > now);

/**
 * Deletes expired entries without sending anything: run on every page load of the SDK that finds
 * entries, with or without a sink, so personal data never outlives its expiry. Returns the
 * entries removed.
 */
export function purge(): Stored[] {
  const removed = all().filter((stored) => isExpired(stored));
  for (const stored of removed) remove(stored.submission.idempotencyKey);
  return removed;
}

/** Used instead of localStorage where it is blocked (and for an entry that did not fit). */
const memory = new Map<string, Stored>();
/** Entries that reached an end this session, for `settled()` callers that come late. */
const finished = new Map<string, OutboxEntry>();
const waiting = new Map<string, ((entry: OutboxEntry) => void)[]>();

let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

const keyOf = (idempotencyKey: string): string => storageKey(ENTRY + idempotencyKey);

function save(entry: Stored): void {
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(keyOf(entry.submission.idempotencyKey), JSON.stringify(entry));
  } catch {
    memory.set(entry.submission.idempotencyKey, entry);
  }
}

function load(key: string): Stored | undefined {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  try {
    const entry = JSON.parse(text) as Stored;
    if (isRecord(entry.submission) && typeof entry.submission.idempotencyKey === 'string') return entry;
  } catch {
    // fall through: an unreadable item is dropped
  }
  storage()?.removeItem(key);
  return undefined;
}

function all(): Stored[] {
  const entries = [...memory.values()];
  for (const key of storedKeys(ENTRY)) {
    const entry = load(key);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.submission.createdAt.localeCompare(b.submission.createdAt));
}

function exists(idempotencyKey: string): boolean {
  return memory.has(idempotencyKey) || Boolean(storage()?.getItem(keyOf(idempotencyKey)));
}

function remove(idempotencyKey: string): void {
  memory.delete(idempotencyKey);
  storage()?.removeItem(keyOf(idempotencyKey));
}

function toEntry(stored: Stored, status: OutboxStatus): OutboxEntry {
  const entry: OutboxEntry = {
    submission: stored.submission,
    status,
    attempts: stored.attempts,
    nextAttemptAt: stored.nextAttemptAt,
  };
  if (stored.error) entry.error = new QoldauError(stored.error, 'sink');
  return entry;
}

// The end of an entry (with the receiver's outcome) is told to the site's other tabs: a form queued
// offline in one tab learns its outcome even when another tab delivered it.
interface Ended {
  stored: Stored;
  status: OutboxStatus;
  outcome?: SubmissionOutcome;
}
let channel: BroadcastChannel | undefined;

function emit(stored: Stored, status: OutboxStatus, outcome?: SubmissionOutcome, fromOtherTab = false): OutboxEntry {
  const entry = toEntry(stored, status);
  if (outcome) entry.outcome = outcome;
  if (status !== 'queued') {
    if (!fromOtherTab) channel?.postMessage({ stored, status, outcome } satisfies Ended);
    finished.set(stored.submission.idempotencyKey, entry);
    for (const resolve of waiting.get(stored.submission.idempotencyKey) ?? []) resolve(entry);
    waiting.delete(stored.submission.idempotencyKey);
  }
  for (const listener of outboxListeners) {
    try {
      listener(entry);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
  return entry;
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Exponential backoff with jitter (half to full delay); a longer Retry-After wins. */
export function backoff(attempts: number, sink: SinkConfig, retryAfter = 0): number {
  const ceiling = Math.min((sink.maxRetryDelay ?? 300) * 1000, (sink.retryDelay ?? 1) * 1000 * 2 ** (attempts - 1));
  return Math.max(ceiling / 2 + (Math.random() * ceiling) / 2, retryAfter);
}

/** The configured sink, its times within the bounds of validate-bounds.ts (docs/data.md, "Bounds"). */
function configuredSink(): SinkConfig | undefined {
  const { sink } = getConfig();
  return sink && { ...sink, ...Object.fromEntries(SINK_TIMES.map((field) => [field, toBounded(sink[field], field)])) };
}

/** Stores a submission and starts delivery. */
export function enqueue(form: string, data: Record<string, unknown>, options: SubmitOptions): OutboxEntry {
  const sink = configuredSink();
  if (!sink) throw new QoldauError('config', 'sink');
  if (typeof form !== 'string' || form === '') throw new QoldauError('invalid-type', 'form');
  if (!isRecord(data)) throw new QoldauError('invalid-type', 'data');
  let size: number;
  try {
    size = JSON.stringify(data).length;
  } catch {
    throw new QoldauError('invalid-type', 'data');
  }
  if (size > MAX_BYTES) throw new QoldauError('absurd-value', 'data', String(size));
  const createdAt = new Date().toISOString();
  const stored: Stored = {
    submission: {
      form,
      data,
      locale: options.locale,
      consent: options.consent ? { ...options.consent, at: options.consent.at ?? createdAt } : null,
      idempotencyKey: newKey(),
      createdAt,
    },
    attempts: 0,
    nextAttemptAt: 0,
    sink: sinkOf(sink),
    // Within bounds (configuredSink): 60 s … 30 days.
    expiresAt: Date.parse(createdAt) + (sink.expiry ?? DEFAULT_EXPIRY) * 1000,
  };
  save(stored);
  const entry = emit(stored, 'queued');
  flush().catch(() => undefined);
  return entry;
}

/** Entries not yet confirmed, oldest first. */
export function pending(): OutboxEntry[] {
  return all().map((stored) => toEntry(stored, 'queued'));
}

/** Resolves when the entry ends (sent, rejected, expired). */
export function settled(idempotencyKey: string): Promise<OutboxEntry> {
  const done = finished.get(idempotencyKey);
  if (done) return Promise.resolve(done);
  return new Promise((resolve) => waiting.set(idempotencyKey, [...(waiting.get(idempotencyKey) ?? []), resolve]));
}

/** One pass over the queue under the cross-tab lock; at most one pass per tab at a time. */
export function flush(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      await undefined; // `running` must be set before anything below can finish
      do {
        again = false;
        const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
        // Web Locks: one tab sends at a time. Without them idempotency keys still make duplicates harmless.
        await (locks ? locks.request(storageKey('outbox'), pass) : pass());
      } while (again);
    } finally {
      // Cleared in the same turn as the last `again` check, so a flush() that comes later starts a new pass.
      running = undefined;
    }
  })();
  return running;
}

async function pass(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const sink = configuredSink();
  let wakeAt = Infinity;
  for (const stored of all()) {
    const key = stored.submission.idempotencyKey;
    if (isExpired(stored)) {
      remove(key);
      emit(stored, 'expired');
      continue;
    }
    wakeAt = Math.min(wakeAt, stored.expiresAt);
    // Only to the sink it was made for; another page's sink never sees it.
    if (!sink || stored.sink !== sinkOf(sink)) continue;
    if (stored.nextAttemptAt > Date.now()) {
      wakeAt = Math.min(wakeAt, stored.nextAttemptAt);
      continue;
    }
    // Another tab may have sent it since we listed (when Web Locks are missing).
    if (!exists(key)) continue;
    const delivery: Delivery = await deliver(sink, stored.submission);
    if (delivery.ok || !delivery.retry) {
      remove(key);
      if (!delivery.ok) stored.error = delivery.error.code;
      emit(stored, delivery.ok ? 'sent' : 'rejected', delivery.outcome);
      continue;
    }
    stored.attempts++;
    stored.error = delivery.error.code;
    stored.nextAttemptAt = Date.now() + backoff(stored.attempts, sink, delivery.retryAfter);
    if (exists(key)) save(stored);
    emit(stored, 'queued');
    // The server is unwell (down, overloaded, Retry-After): pause the whole queue, not just this entry.
    wakeAt = stored.nextAttemptAt;
    break;
  }
  if (wakeAt !== Infinity) {
    // Capped at setTimeout's limit (2³¹ ms ≈ 24.8 days): beyond it the timer would fire at once.
    timer = setTimeout(() => flush().catch(() => undefined), Math.min(2 ** 31 - 1, Math.max(0, wakeAt - Date.now())));
  }
}

/** Called once when the outbox loads: flush now, and whenever the browser comes back online. */
export function start(): void {
  if (started) return;
  started = true;
  if (typeof window !== 'undefined') window.addEventListener('online', () => flush().catch(() => undefined));
  listenToOtherTabs();
  flush().catch(() => undefined);
}

/** Entries another tab of this site ended reach this tab's `settled()` callers and subscribers. */
function listenToOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel?.close();
  channel = new BroadcastChannel(storageKey('outbox'));
  channel.onmessage = (message: MessageEvent<Ended>) => {
    const ended = message.data;
    const key = ended?.stored?.submission?.idempotencyKey;
    if (typeof key !== 'string' || finished.has(key) || ended.status === 'queued') return;
    emit(ended.stored, ended.status, ended.outcome, true);
  };
}

/** @internal For tests: forgets in-memory entries and timers (storage is left alone). */
export function resetQueue(): void {
  clearTimeout(timer);
  timer = undefined;
  memory.clear();
  finished.clear();
  waiting.clear();
  if (started) listenToOtherTabs(); // the storage namespace may have changed
}
