// The one error type that crosses from core to the components: a stable code, never prose.
// Components turn the code into a localized sentence; core never shows text to visitors.

/** Every reason data or input can be rejected. Stable: components map each to a message. */
export type QoldauErrorCode =
  | 'invalid-number' // a numeric field is not a finite number
  | 'invalid-goal' // goal missing, zero or negative
  | 'negative-value' // a count or amount below zero
  | 'absurd-value' // beyond any plausible size (> 1e15) — a typo or an attack
  | 'unknown-currency' // not an ISO 4217 code the browser knows
  | 'invalid-date' // not an ISO 8601 date
  | 'invalid-json' // inline JSON or a response body that does not parse
  | 'missing-field' // a required field is absent
  | 'invalid-type' // a field of the wrong type
  | 'markup-in-text' // HTML in a text field
  | 'invalid-url' // a URL that is not https: or relative
  | 'not-found' // the resource does not exist (HTTP 404)
  | 'network' // the source could not be reached
  | 'http' // the server answered with an error status
  | 'config' // the Qoldau configuration is wrong
  | 'rejected'; // a sink refused a submission (4xx other than 408/429)

export class QoldauError extends Error {
  override readonly name = 'QoldauError';
  constructor(
    readonly code: QoldauErrorCode,
    /** Which field or attribute was wrong, for the message and for developers. */
    readonly field?: string,
    detail?: string,
  ) {
    super(`${code}${field ? ` (${field})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

export const isQoldauError = (value: unknown): value is QoldauError => value instanceof QoldauError;
