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
}
export interface QoldauDonateDetail {
  amount: number;
  currency: string;
  frequency: 'once' | 'monthly';
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
  /** A visitor chose an amount and is handed off to the payment page. */
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
