// Sinks (loaded with the outbox): deliver one submission and say whether to retry.
import { QoldauError, isQoldauError } from '../errors.js';
import { describe } from '../validate.js';
import type { SinkConfig, Submission } from './types.js';

export type Delivery =
  | { ok: true }
  /** `retry` false means refused for good (4xx); `retryAfter` in ms from the server's Retry-After. */
  | { ok: false; retry: boolean; error: QoldauError; retryAfter?: number };

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
      await sink.submit(submission);
      return { ok: true };
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
    if (response.ok) return { ok: true };
    const status = response.status;
    const retry = status === 408 || status === 429 || status >= 500;
    return {
      ok: false,
      retry,
      error: new QoldauError(retry ? 'http' : 'rejected', 'sink', String(status)),
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    };
  } catch {
    return { ok: false, retry: true, error: new QoldauError('network', 'sink') };
  } finally {
    clearTimeout(timer);
  }
}
