// Sends a form's data through the outbox and tells the page how it goes, as events from the form's
// element: qoldau-submit and qoldau-queued once stored, then qoldau-success or qoldau-error.
// Form components (event sign-up, volunteer form) use this; it works for any element.
import { QoldauError, isQoldauError, type OutboxEntry, type SubmissionOutcome, type SubmitOptions } from '@qoldau/core';
import { dispatchQoldauEvent } from './events.js';
import { loadErrorMessages } from './widget.js';

export interface SubmissionResult {
  /** The stored entry (status `queued`). */
  entry: OutboxEntry;
  /** False when storage is blocked: the entry lives in memory, so ask the visitor to keep the page open (keepPageOpenMessage()). */
  persistent: boolean;
  /**
   * Settles with the final entry: `sent`, `rejected` or `expired`, with the receiver's decision in
   * `entry.outcome` (confirmed, waitlisted + position, received, or rejected + reason). It settles
   * even when another tab of the site delivered the submission, as long as this page is open.
   */
  settled: Promise<OutboxEntry>;
}

async function reportError(source: EventTarget, error: QoldauError, outcome?: SubmissionOutcome): Promise<void> {
  const messages = await loadErrorMessages();
  dispatchQoldauEvent(source, 'qoldau-error', {
    error,
    message: messages?.errorMessage(error) ?? error.message,
    ...(outcome ? { outcome } : {}),
  });
}

/**
 * Queues `data` for the configured sink. Rejects (after firing `qoldau-error`) only when the
 * submission cannot even be stored, e.g. without a configured sink.
 */
export async function submitThroughOutbox(
  source: EventTarget,
  form: string,
  data: Record<string, unknown>,
  options: SubmitOptions,
): Promise<SubmissionResult> {
  const { submit, outbox } = await import('@qoldau/core/data');
  let entry: OutboxEntry;
  try {
    entry = await submit(form, data, options);
  } catch (caught) {
    const error = isQoldauError(caught) ? caught : new QoldauError('config', 'sink');
    await reportError(source, error);
    throw error;
  }
  const detail = { form, idempotencyKey: entry.submission.idempotencyKey };
  dispatchQoldauEvent(source, 'qoldau-submit', detail);
  dispatchQoldauEvent(source, 'qoldau-queued', detail);
  const settled = outbox.settled(detail.idempotencyKey).then(async (final) => {
    if (final.status === 'sent') dispatchQoldauEvent(source, 'qoldau-success', { ...detail, outcome: final.outcome });
    else
      await reportError(
        source,
        final.error ?? new QoldauError(final.status === 'expired' ? 'network' : 'rejected', form),
        final.outcome,
      );
    return final;
  });
  return { entry, persistent: outbox.persistent, settled };
}
