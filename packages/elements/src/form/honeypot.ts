// Spam signals every form sends with its data: a honeypot field and the time the visitor took.
// The browser never blocks a submission on them: autofill sometimes fills honeypots (FORMS.md §2),
// so the receiver decides and keeps suspected spam apart instead of losing a person's sign-up.
import { html, type TemplateResult } from 'lit';

/** A field name no browser autofill heuristic recognises (no "name", "email", "url", "phone"…). */
export const HONEYPOT_NAME = 'qoldau_hp_k7';

/**
 * The trap: off screen, hidden from the accessibility tree, out of the tab order, no autofill.
 * People never see it; naive bots fill every input.
 */
export function honeypotField(): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="f-${HONEYPOT_NAME}">Leave empty</label>
    <input id="f-${HONEYPOT_NAME}" name=${HONEYPOT_NAME} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}

/** The spam signals of one submission: what the trap holds and how long the form was open (ms). */
export function spamSignals(
  values: FormData,
  startedAt: number,
  now = Date.now(),
): { honeypot: string; elapsedMs: number } {
  const trap = values.get(HONEYPOT_NAME);
  return { honeypot: typeof trap === 'string' ? trap : '', elapsedMs: Math.max(0, Math.round(now - startedAt)) };
}
