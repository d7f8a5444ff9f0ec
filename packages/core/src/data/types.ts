// The shapes the data adapter shares with components: configuration, resource state, submissions.
import type { QoldauError } from '../errors.js';
import type { ResourceDataMap, ResourceKind, ValidatedData } from '../validate-resources.js';

export type { ResourceDataMap, ResourceKind, ValidatedData };

/** Names one resource: `{ kind: 'campaign', id: 'batyr-van' }`. */
export interface ResourceRef<K extends ResourceKind = ResourceKind> {
  kind: K;
  id: string;
}

/**
 * A URL template, or one per kind. `{kind}` becomes the kind (`campaign`, `metric`, …) and `{id}`
 * the URL-encoded id: `https://ngo.kz/api/{kind}/{id}.json`.
 */
export type UrlTemplate = string | Partial<Record<ResourceKind, string>>;

/** Reads `GET {url}` and expects the JSON payloads of docs/data.md. */
export interface JsonSourceConfig {
  type: 'json';
  url: UrlTemplate;
  /** Extra request headers. Any header beyond the CORS-safelisted ones costs a preflight. */
  headers?: Record<string, string>;
  /** Seconds before a request counts as failed (default 15). */
  timeout?: number;
}

/** Reads a Google Sheet published as CSV (File → Share → Publish to web → CSV); columns in docs/data.md. */
export interface SheetSourceConfig {
  type: 'sheet';
  /** One URL for all kinds (rows told apart by `id`, and by a `kind` column if present), a `{kind}` template, or one per kind. */
  url: UrlTemplate;
  /** Seconds before a request counts as failed (default 15). */
  timeout?: number;
}

/**
 * Data given in code, shaped like sample-data.json: `{ campaigns: [...], metrics: [...], events,
 * volunteerRoles (or roles), allocation(s), donors, donate }`; each either a list of items with `id`, an
 * object keyed by id, or one item with `id`. Without any source configured, the JSON in
 * `<script type="application/json" id="qoldau-data">` is used this way.
 */
export interface StaticSourceConfig {
  type: 'static';
  data: Record<string, unknown>;
}

/** Any function that returns the payload of a resource (validated afterwards like any other). */
export interface CustomSourceConfig {
  type: 'custom';
  read: (ref: ResourceRef) => Promise<unknown>;
}

export type SourceConfig = JsonSourceConfig | SheetSourceConfig | StaticSourceConfig | CustomSourceConfig;

/** Delivery settings every sink shares (all in seconds). */
export interface SinkDelivery {
  /** Seconds before an attempt counts as failed (default 15). */
  timeout?: number;
  /** First retry delay in seconds, doubled on each failure, with jitter (default 1). */
  retryDelay?: number;
  /** Longest delay between retries in seconds, unless `Retry-After` asks for more (default 300). */
  maxRetryDelay?: number;
  /** Seconds after which an unsent submission is dropped so personal data does not linger (default 7 days). */
  expiry?: number;
}

/** POSTs each submission as JSON to `url` (`{form}` becomes the URL-encoded form name). */
export interface HttpSinkConfig extends SinkDelivery {
  type: 'http';
  url: string;
  /** Extra headers (not sent in `simple` mode). */
  headers?: Record<string, string>;
  /**
   * A CORS "simple request": `Content-Type: text/plain`, no custom headers, so no preflight — for
   * Google Apps Script web apps, which cannot answer one. The idempotency key is then only in the body.
   */
  simple?: boolean;
}

/**
 * Hands each submission to a function: resolve = delivered (with the receiver's outcome, or nothing
 * for `received`); throw `QoldauError('rejected')` = refused for good; anything else is retried.
 * A resolved `{ status: 'rejected', reason }` outcome is a refusal too.
 */
export interface CustomSinkConfig extends SinkDelivery {
  type: 'custom';
  submit: (submission: Submission) => Promise<SubmissionOutcome | void>;
}

export type SinkConfig = HttpSinkConfig | CustomSinkConfig;

/** What `configure()` takes; the same shape (minus functions) as `<script type="application/json" id="qoldau-config">`. */
export interface QoldauConfig {
  source?: SourceConfig;
  sink?: SinkConfig;
  /** Forces the locale of every widget (`kk`, `ru`, `en`); otherwise `<html lang>` decides. */
  locale?: string;
  /** Default currency for amounts without one (ISO 4217; default KZT). */
  currency?: string;
  /** Seconds a read stays fresh before the source is asked again (default 60). */
  cacheTtl?: number;
  /** Default polling interval in seconds for `watch()` (0 = no polling; default 0). */
  refresh?: number;
}

/** The configuration in effect: the layers merged and the defaults filled in. */
export interface ResolvedConfig {
  source?: SourceConfig;
  sink?: SinkConfig;
  locale?: string;
  currency: string;
  cacheTtl: number;
  refresh: number;
}

/** What `watch()` reports for a resource. */
export interface ResourceState<T = ValidatedData> {
  status: 'loading' | 'ready' | 'error';
  /** The last good value; present while loading when painted from a previous visit. */
  data?: T;
  /** Why the last attempt failed (present with `stale` or with status `error`). */
  error?: QoldauError;
  /** When `data` was fetched (ms since epoch): tells the visitor how old the figure is. */
  fetchedAt?: number;
  /** A refresh failed; `data` is the last good value. */
  stale: boolean;
  /** `data` comes from a previous visit (localStorage) while the fresh value loads. */
  fromStorage: boolean;
}

/** Consent the visitor gave in the form; `at` (ISO 8601) is filled in when missing. */
export interface SubmissionConsent {
  given: boolean;
  /** The exact consent text shown to the visitor. */
  text?: string;
  version?: string;
  at?: string;
}

/** Exactly what a sink receives (the http sink POSTs it as JSON). */
export interface Submission {
  form: string;
  data: Record<string, unknown>;
  locale: string;
  consent: SubmissionConsent | null;
  /** Unique per submission; the server must store a key only once. */
  idempotencyKey: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface SubmitOptions {
  locale: string;
  consent?: SubmissionConsent;
}

/** `queued` (waiting or retrying), then one of `sent`, `rejected` (4xx: will not be retried), `expired`. */
export type OutboxStatus = 'queued' | 'sent' | 'rejected' | 'expired';

export interface OutboxEntry {
  submission: Submission;
  status: OutboxStatus;
  /** Failed attempts so far. */
  attempts: number;
  /** When the next attempt is due (ms since epoch; 0 = now). */
  nextAttemptAt: number;
  /** The last failure: `network`, `http` (will retry) or `rejected` (will not). */
  error?: QoldauError;
  /**
   * The receiver's decision, once it answered: present with `sent` (confirmed, waitlisted or
   * received) and with `rejected` (a reason, maybe field errors). Absent while queued or expired.
   */
  outcome?: SubmissionOutcome;
}

/** The queue every submission goes through. */
export interface Outbox {
  /** False when browser storage is blocked: submissions live in memory only; forms should ask the visitor to keep the page open. */
  readonly persistent: boolean;
  /** Called on every change of an entry (queued, retry scheduled, sent, rejected, expired); returns unsubscribe. */
  subscribe(listener: (entry: OutboxEntry) => void): () => void;
  /** Entries not yet confirmed. */
  pending(): Promise<OutboxEntry[]>;
  /** Sends what is due now; resolves when this pass is over. */
  flush(): Promise<void>;
  /**
   * Resolves when the entry with this idempotency key is sent, rejected or expired (with the
   * receiver's `outcome`), whichever tab of this site delivered it (BroadcastChannel).
   */
  settled(idempotencyKey: string): Promise<OutboxEntry>;
}

/**
 * Why a receiver refused a submission: `full` (no seats and no waitlist), `closed` (after the
 * deadline or the start), `invalid` (fields wrong: see `fields`), `not-found` (no such form or
 * event), `other` (anything else, including a bare 4xx without a reply body).
 */
export type RejectionReason = 'full' | 'closed' | 'invalid' | 'not-found' | 'other';

/** One field the receiver found wrong; `code` is a FormErrorCode the form localizes. */
export interface OutcomeFieldError {
  field: string;
  code: string;
}

/** A volunteer sign-up's outcome per shift id: `confirmed` (a spot is yours) or `waitlisted`. */
export type ShiftOutcomes = Record<string, 'confirmed' | 'waitlisted'>;

/**
 * What the receiver decided (the reply body of docs/data.md, "The reply"). The server decides:
 * `confirmed` (a seat is yours), `waitlisted` (`position` in the queue, 1 = next), `received`
 * (stored, not confirmed: a receiver without capacity rules, a 2xx without a reply body, or a
 * sign-up kept for review as suspected spam), or `rejected` with a `reason`.
 * `registered`/`capacity`, when present, are the event's live counts after this submission;
 * `shifts`, a volunteer sign-up's outcome per shift.
 */
export type SubmissionOutcome =
  | { status: 'confirmed'; registered?: number; capacity?: number; shifts?: ShiftOutcomes }
  | { status: 'waitlisted'; position?: number; registered?: number; capacity?: number; shifts?: ShiftOutcomes }
  | { status: 'received' }
  | { status: 'rejected'; reason: RejectionReason; fields?: OutcomeFieldError[] };
