// The state machine every Qoldau form shares, as a ReactiveController (like base/live-data.ts; a
// controller rather than mixins: Lion's mixin stacks caused ordering bugs, FORMS.md §1).
//   idle ──submit──▶ (invalid: errors + focused summary) or sending ──▶ done
//                                                  └─ offline ─▶ queued (saved) ──▶ done
//                                                  └─ refused / no sink ─▶ error (reason, retry)
// What the visitor typed lives in the native inputs (uncontrolled, read with FormData) and is never
// cleared before the server confirmed: only reset() after `done` empties the form.
import type { ReactiveController } from 'lit';
import {
  QoldauError,
  isQoldauError,
  type FieldError,
  type OutboxEntry,
  type SubmissionConsent,
  type SubmissionOutcome,
} from '@qoldau/core';
import { submitThroughOutbox } from '../base/submission.js';
import { getLocale } from '../localization.js';
import type { QoldauElement } from '../base/qoldau-element.js';
import { spamSignals } from './honeypot.js';
import { focusField } from './error-summary.js';

/** `sending`: on its way; `queued`: saved in the outbox while offline, sent when back online. */
export type FormState = 'idle' | 'sending' | 'queued' | 'done' | 'error';

export interface FormOptions {
  /** The form's name in the sink URL (`/api/forms/{form}`). */
  form: () => string;
  /** All errors of the current values, in field order. */
  validate: (values: FormData) => FieldError[];
  /** The data to send (already valid) and the consent record. */
  payload: (values: FormData) => { data: Record<string, unknown>; consent?: SubmissionConsent };
  /** The field whose error an input shows, when it is one of a group (a date's day, month, year). */
  fieldOf?: (name: string) => string;
  /**
   * Called once the receiver has taken the submission, before the form renders its outcome (the
   * form is still in the page). The outcome view's heading (`.outcome h3`) then takes focus.
   */
  done?: () => void;
}

type Host = QoldauElement & { renderRoot: HTMLElement | DocumentFragment };

export class FormController implements ReactiveController {
  state: FormState = 'idle';
  /** Errors on screen, in field order. */
  errors: FieldError[] = [];
  /** The outcome of the last delivered submission. */
  outcome?: SubmissionOutcome;
  /** Why the last submission failed (state `error`). */
  failure?: QoldauError;
  /** Storage is blocked: the submission lives in this page only. */
  keepOpen = false;
  /** When the visitor started filling this form (the minimum-fill-time signal). */
  startedAt = Date.now();
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly options: FormOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  get form(): HTMLFormElement | null {
    return this.host.renderRoot.querySelector('form');
  }

  /** The visible error of `field`, if any. */
  errorOf(field: string): FieldError | undefined {
    return this.errors.find((error) => error.field === field);
  }

  private set(update: Partial<Pick<FormController, 'state' | 'errors' | 'outcome' | 'failure' | 'keepOpen'>>): void {
    Object.assign(this, update);
    this.host.requestUpdate();
  }

  private fieldErrors(field: string): FieldError[] {
    const form = this.form;
    return form ? this.options.validate(new FormData(form)).filter((error) => error.field === field) : [];
  }

  /** Errors in the order their fields appear in the form. */
  private ordered(errors: FieldError[]): FieldError[] {
    const names = [...(this.form?.elements ?? [])].map((element) => (element as HTMLInputElement).name);
    return errors.sort((a, b) => names.indexOf(a.field) - names.indexOf(b.field));
  }

  /** `change`: the visitor changed a field and left it (or ticked a box): its error may show now. */
  private fieldOfEvent(event: Event): string {
    const name = (event.target as HTMLInputElement).name;
    return name && this.options.fieldOf ? this.options.fieldOf(name) : name;
  }

  readonly onChange = (event: Event): void => {
    const field = this.fieldOfEvent(event);
    if (!field || this.state !== 'idle') return;
    this.set({ errors: this.ordered([...this.errors.filter((e) => e.field !== field), ...this.fieldErrors(field)]) });
  };

  /** `input`: typing may clear a field's error, never add one (new errors wait for change or submit). */
  readonly onInput = (event: Event): void => {
    const field = this.fieldOfEvent(event);
    if (!this.errorOf(field)) return;
    if (this.fieldErrors(field).length === 0) this.set({ errors: this.errors.filter((e) => e.field !== field) });
  };

  /** `submit`: validates, then sends through the outbox. A second submit while one is on its way is ignored. */
  readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  async submit(): Promise<void> {
    const form = this.form;
    if (!form || this.state === 'sending' || this.state === 'queued' || this.state === 'done') return;
    const values = new FormData(form);
    const errors = this.options.validate(values);
    if (errors.length) return this.report(errors);
    await this.send(values);
  }

  /** Shows `errors` (a form in steps checks one step at a time) in the summary, and focuses it. */
  async report(errors: FieldError[]): Promise<void> {
    this.set({ state: 'idle', errors: this.ordered(errors) });
    await this.host.updateComplete;
    this.focusSummary();
  }

  /** Clears the errors shown (a form in steps moving back). */
  clearErrors(): void {
    this.set({ errors: [] });
  }

  /** After a failed submit: the summary, or the field when the summary is not rendered. */
  private focusSummary(): void {
    const summary = this.host.renderRoot.querySelector<HTMLElement>('.summary');
    if (summary) {
      summary.setAttribute('tabindex', '-1');
      summary.focus();
    } else if (this.errors[0]) focusField(this.host.renderRoot, this.errors[0].field);
  }

  private async send(values: FormData): Promise<void> {
    this.set({ state: 'sending', errors: [], failure: undefined, outcome: undefined });
    const { data, consent } = this.options.payload(values);
    // A failed attempt means the outbox holds the submission for later: say it is saved, not lost.
    // Listening before submitting: the first attempt can fail before submit() returns its key.
    const { outbox } = await import('@qoldau/core/data');
    const failed = new Set<string>();
    let key: string | undefined;
    const showQueued = () => {
      if (this.state === 'sending') this.set({ state: 'queued' });
    };
    this.unsubscribe?.();
    this.unsubscribe = outbox.subscribe((entry) => {
      if (entry.status !== 'queued' || entry.attempts === 0) return;
      failed.add(entry.submission.idempotencyKey);
      if (entry.submission.idempotencyKey === key) showQueued();
    });
    let settled: Promise<OutboxEntry>;
    try {
      const result = await submitThroughOutbox(
        this.host,
        this.options.form(),
        { ...data, ...spamSignals(values, this.startedAt) },
        { locale: getLocale(), consent },
      );
      key = result.entry.submission.idempotencyKey;
      settled = result.settled;
      this.keepOpen = !result.persistent;
    } catch (error) {
      this.unsubscribe();
      this.set({ state: 'error', failure: isQoldauError(error) ? error : new QoldauError('config', 'sink') });
      return;
    }
    if (failed.has(key) || navigator.onLine === false) showQueued();
    const final = await settled;
    this.unsubscribe();
    this.settle(final);
  }

  private settle(final: OutboxEntry): void {
    // The receiver's decision (docs/data.md, "The reply"); a bare 2xx is `received`.
    const { outcome } = final;
    if (final.status === 'sent') {
      this.set({ state: 'done', outcome: outcome ?? { status: 'received' } });
      this.options.done?.();
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.outcome h3')?.focus());
      return;
    }
    if (outcome?.status === 'rejected' && outcome.fields?.length) {
      // The receiver's field errors use the same summary as ours; the typed values stay.
      this.set({ state: 'idle', errors: this.ordered(outcome.fields as FieldError[]), outcome });
      void this.host.updateComplete.then(() => this.focusSummary());
      return;
    }
    this.set({
      state: 'error',
      outcome,
      failure: final.error ?? new QoldauError(final.status === 'expired' ? 'network' : 'rejected', 'sink'),
    });
  }

  /** Back to an empty form after `done` ("sign up someone else"). */
  reset(): void {
    this.form?.reset();
    this.startedAt = Date.now();
    this.set({ state: 'idle', errors: [], outcome: undefined, failure: undefined });
  }

  /** After `error`: try again with what is still typed. */
  retry(): void {
    this.set({ state: 'idle', failure: undefined });
    void this.host.updateComplete.then(() => this.submit());
  }
}
