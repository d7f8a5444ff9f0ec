// Every event Qoldau fires: names prefixed "qoldau-", typed for addEventListener via
// GlobalEventHandlersEventMap, bubbling and composed (they cross shadow roots).
import type { QoldauError, SubmissionOutcome } from '@qoldau/core';

export interface QoldauLoadDetail {
  /** The validated data the widget now shows. */
  data: unknown;
}
export interface QoldauErrorDetail {
  error: QoldauError;
  /** The same message the widget shows, in the active locale. */
  message: string;
  /** For a submission the receiver refused: its decision (`rejected`, with a reason and maybe field errors). */
  outcome?: SubmissionOutcome;
  /** From `<qoldau-donate>`: the gift whose payment failed or could not start (CloudPayments). */
  donation?: QoldauDonateDetail;
  /** From `<qoldau-donate>`: the payment provider's own reason for a declined payment, as it gave it. */
  reason?: string;
}
export interface QoldauGoalReachedDetail {
  raised: number;
  goal: number;
  currency: string;
}
export interface QoldauSubmissionDetail {
  form: string;
  idempotencyKey: string;
  /** On `qoldau-success`: what the receiver decided (`confirmed`, `waitlisted` with a position, or `received`). */
  outcome?: SubmissionOutcome;
  /** From `<qoldau-donate>` (form `donate`, the key is the payment's invoice id): the gift that was paid. */
  donation?: QoldauDonateDetail;
}
export interface QoldauDonateDetail {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  frequency: 'once' | 'monthly';
  /** `url`, `kaspi`, `cloudpayments` or `stripe`. */
  provider: string;
  /** The campaign the gift goes to ('' when none is named). */
  campaign: string;
  /** Where the visitor is sent (the payment page, the Kaspi or Stripe link); absent for CloudPayments' widget. */
  url?: string;
}

export interface QoldauEventMap {
  /** Data arrived and passed validation. */
  'qoldau-load': CustomEvent<QoldauLoadDetail>;
  /** Input or data was rejected; the widget shows `message`. */
  'qoldau-error': CustomEvent<QoldauErrorDetail>;
  /** The raised amount reached the goal (fired once per element). */
  'qoldau-goal-reached': CustomEvent<QoldauGoalReachedDetail>;
  /** A visitor submitted a form. */
  'qoldau-submit': CustomEvent<QoldauSubmissionDetail>;
  /** A submission is stored in the outbox and will be sent. */
  'qoldau-queued': CustomEvent<QoldauSubmissionDetail>;
  /** The NGO's server confirmed a submission. */
  'qoldau-success': CustomEvent<QoldauSubmissionDetail>;
  /** A visitor chose an amount and is about to be handed off to the payment provider (cancelable: cancel to take over). */
  'qoldau-donate': CustomEvent<QoldauDonateDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends QoldauEventMap {}
}

/** Fires a typed `qoldau-*` event from any element: bubbling and composed (they cross shadow roots). */
export function dispatchQoldauEvent<K extends keyof QoldauEventMap>(
  target: EventTarget,
  name: K,
  detail: QoldauEventMap[K]['detail'],
  options: Omit<CustomEventInit, 'detail'> = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, ...options, detail }));
}
