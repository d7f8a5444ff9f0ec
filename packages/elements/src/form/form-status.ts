// The status line and the failure box every form shows (FORMS.md §2): one role="status" node
// rendered from the start, and on `error` why the form was not sent, with a retry button.
import { html, nothing, type TemplateResult } from 'lit';
import type { RejectionReason } from '@qoldau/core';
import type { QoldauElement } from '../base/qoldau-element.js';
import { errorMessagesFor } from '../base/widget.js';
import type { FormController } from './form-controller.js';
import * as text from './form-messages.js';

/** "Sending…", "saved offline" or "keep this page open", by the controller's state. */
export function statusText(c: FormController): string | typeof nothing {
  const { state, keepOpen } = c;
  if (state === 'sending') return keepOpen ? text.keepPageOpenMessage() : text.sendingLabel();
  if (state === 'queued') return keepOpen ? text.keepPageOpenMessage() : text.queuedMessage();
  return nothing;
}

/** On `error`: why (a form may word a receiver's reason itself, e.g. `full`), and "Try again". */
export function failureView(
  host: QoldauElement,
  c: FormController,
  reasonText: (reason: RejectionReason) => string | undefined = () => undefined,
): TemplateResult | typeof nothing {
  const { state, failure, outcome } = c;
  if (state !== 'error' || !failure) return nothing;
  if (failure.code === 'config')
    return html`<p part="failure" class="failure" role="alert">${text.noSinkMessage()}</p>`;
  const why =
    (outcome?.status === 'rejected' ? reasonText(outcome.reason) : undefined) ??
    errorMessagesFor(host)?.errorMessage(failure);
  return html`<div part="failure" class="failure" role="alert">
    <p>${text.failedMessage()} ${why ?? nothing}</p>
    <button class="secondary" type="button" @click=${() => c.retry()}>${text.retryLabel()}</button>
  </div>`;
}
