// Sinks (loaded with the outbox): deliver one submission and say whether to retry.
import { QoldauError, isQoldauError } from '../errors.js';
import { describe, isRecord } from '../validate.js';
import type {
  OutcomeFieldError,
  RejectionReason,
  ShiftOutcomes,
  SinkConfig,
  Submission,
  SubmissionOutcome,
} from './types.js';

export type Delivery =
  | { ok: true; outcome: SubmissionOutcome }
  /**
   * `retry` false means refused for good (4xx, or a reply saying `rejected`), then with the
   * receiver's `outcome`; `retryAfter` in ms from the server's Retry-After.
   */
  | { ok: false; retry: boolean; error: QoldauError; retryAfter?: number; outcome?: SubmissionOutcome };

const REASONS: readonly RejectionReason[] = ['full', 'closed', 'invalid', 'not-found', 'other'];

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1e9 ? value : undefined;

/** `registered` and `capacity` when they are plausible counts (anything else is left out). */
function counts(reply: Record<string, unknown>): { registered?: number; capacity?: number } {
  const registered = count(reply.registered);
  const capacity = count(reply.capacity);
  return {
    ...(registered === undefined ? {} : { registered }),
    ...(capacity === undefined || capacity === 0 ? {} : { capacity }),
  };
}

/** A volunteer sign-up's outcome per shift (`{ "weekend": "confirmed" }`): plausible entries only. */
function shifts(reply: Record<string, unknown>): { shifts?: ShiftOutcomes } {
  if (!isRecord(reply.shifts)) return {};
  const entries = Object.entries(reply.shifts)
    .filter(([, status]) => status === 'confirmed' || status === 'waitlisted')
    .slice(0, 100);
  return entries.length ? { shifts: Object.fromEntries(entries) as ShiftOutcomes } : {};
}

/**
 * A receiver's reply body → a typed outcome (see docs/data.md, "The reply"). Lenient where servers
 * are: anything unreadable after a 2xx is `received`, after a 4xx `rejected` with reason `other`
 * (`invalid` for 400 and 422). A 2xx body may itself say `rejected`: Apps Script can only answer 200.
 */
export function toOutcome(body: unknown, httpStatus = 200): SubmissionOutcome {
  const reply = isRecord(body) ? body : {};
  const fallbackReason: RejectionReason = httpStatus === 400 || httpStatus === 422 ? 'invalid' : 'other';
  if (httpStatus >= 400 || reply.status === 'rejected') {
    const reason = REASONS.includes(reply.reason as RejectionReason)
      ? (reply.reason as RejectionReason)
      : fallbackReason;
    const fields = Array.isArray(reply.fields)
      ? reply.fields
          .filter(
            (item): item is OutcomeFieldError =>
              isRecord(item) && typeof item.field === 'string' && typeof item.code === 'string',
          )
          .slice(0, 100)
          .map(({ field, code }) => ({ field, code }))
      : [];
    return fields.length > 0 ? { status: 'rejected', reason, fields } : { status: 'rejected', reason };
  }
  if (reply.status === 'confirmed') return { status: 'confirmed', ...counts(reply), ...shifts(reply) };
  if (reply.status === 'waitlisted') {
    const position = count(reply.position);
    return { status: 'waitlisted', ...(position ? { position } : {}), ...counts(reply), ...shifts(reply) };
  }
  return { status: 'received' };
}

async function replyBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text.length > 100_000 ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** A delivery from an outcome: `rejected` is final, anything else delivered. */
function settle(outcome: SubmissionOutcome, detail?: string): Delivery {
  return outcome.status === 'rejected'
    ? { ok: false, retry: false, error: new QoldauError('rejected', 'sink', detail ?? outcome.reason), outcome }
    : { ok: true, outcome };
}

/** `Retry-After` as seconds or an HTTP date → ms from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

/** Sends one submission once. Never throws. */
export async function deliver(sink: SinkConfig, submission: Submission): Promise<Delivery> {
  if (sink.type === 'custom') {
    try {
      const result = await sink.submit(submission);
      return settle(result === undefined ? { status: 'received' } : toOutcome(result));
    } catch (error) {
      const qoldauError = isQoldauError(error) ? error : new QoldauError('network', 'sink', describe(error));
      return { ok: false, retry: qoldauError.code !== 'rejected', error: qoldauError };
    }
  }
  const url = sink.url.replace(/\{form\}/g, encodeURIComponent(submission.form));
  // Simple mode: a CORS "simple request" (no preflight) for Google Apps Script; the key is in the body.
  const headers: Record<string, string> = sink.simple
    ? { 'Content-Type': 'text/plain;charset=utf-8' }
    : { ...sink.headers, 'Content-Type': 'application/json', 'Idempotency-Key': submission.idempotencyKey };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), (sink.timeout ?? 15) * 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(submission),
      credentials: 'omit',
      signal: controller.signal,
    });
    const status = response.status;
    const retry = status === 408 || status === 429 || status >= 500;
    if (retry) {
      return {
        ok: false,
        retry,
        error: new QoldauError('http', 'sink', String(status)),
        retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      };
    }
    // A 2xx or a final 4xx: the body says what the receiver decided.
    const body = await replyBody(response);
    // Apps Script (simple mode) answers 200 even when the script failed (an HTML error page): only a
    // JSON reply with `status` (or the older `ok`) counts as delivered there; anything else is retried.
    if (sink.simple && response.ok && !(isRecord(body) && ('status' in body || 'ok' in body))) {
      return { ok: false, retry: true, error: new QoldauError('http', 'sink', 'unreadable reply') };
    }
    return settle(toOutcome(body, response.ok ? 200 : status), response.ok ? undefined : String(status));
  } catch {
    return { ok: false, retry: true, error: new QoldauError('network', 'sink') };
  } finally {
    clearTimeout(timer);
  }
}
