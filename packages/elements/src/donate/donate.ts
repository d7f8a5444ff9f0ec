// <qoldau-donate>: an amount picker (suggested amounts with what each buys, or the visitor's own),
// once or monthly, and the hand-off to the NGO's payment page, Kaspi, CloudPayments or Stripe.
// Qoldau never touches card data: the visitor pays on the provider's own page or widget.
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  QoldauError,
  formatMoney,
  isQoldauError,
  minorDigits,
  pickText,
  readDonationAmount,
  toSafeUrl,
  validateDonate,
  type AmountInputError,
  type DonateOptions,
  type DonationFrequency,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import type { QoldauDonateDetail } from '../base/events.js';
import {
  PAGE_DATA,
  StateReporter,
  definedFields,
  invalidView,
  loadErrorMessages,
  readInlineJson,
  textOf,
  widgetStyles,
} from '../base/widget.js';
import { amountField, inlineError } from './amount-field.js';

import * as say from './donate-messages.js';
import { donateStrings } from './donate-locale.js';
import { releaseWidgetStrings, useWidgetStrings } from '../base/widget-strings.js';
import { donateStyles } from './donate.styles.js';
import { CLOUDPAYMENTS_SCRIPT, PROVIDERS, paymentUrl, stripeUrl, type DonateProvider, type Gift } from './handoff.js';

interface Ready {
  state: 'ready';
  options: DonateOptions;
  provider: DonateProvider;
  campaign: string;
  /** The Kaspi link, the Stripe link(s), the CloudPayments script: checked once they are set. */
  kaspiUrl?: string;
  stripe?: { once?: string; monthly?: string };
  script?: string;
}

/** While loading, `form` is the form as the page's own options (inline JSON, attributes) draw it. */
type View = { state: 'loading'; form?: Ready } | { state: 'invalid'; error: QoldauError } | Ready;

/** What happens after the button: nothing yet, a Kaspi QR, CloudPayments' window, its outcome. */
type Phase = 'idle' | 'qr' | 'opening' | 'open' | 'done' | 'declined' | 'unavailable';

/** The radio value of "Other amount". */
const OTHER = 'other';

/**
 * Touch-only devices (phones, tablets) open a Kaspi link in the Kaspi app; a visitor with a mouse
 * scans a QR code with their phone instead. Both media features: a laptop with a touch screen has
 * a fine primary pointer that hovers, so it counts as a desktop.
 */
export const PHONE_MEDIA = '(pointer: coarse) and (hover: none)';

/** A fresh id (CloudPayments' invoice and, by default, account): randomUUID needs a secure context. */
const newId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The currency sign as the locale writes it (₸, $, €), for the custom amount's label. */
function currencySign(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale === 'kk' ? 'ru-KZ' : locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/**
 * A donation form: suggested amounts, each with what it buys ("5 000 ₸ — a food basket for a
 * family"), the visitor's own amount (typed as people type it: `5000`, `5 000`, `5 000,50`, `5,000`),
 * once or monthly, and a button that hands the visitor to the payment provider:
 *
 * - `url`: the NGO's payment page, from a template (`{amount}`, `{currency}`, `{frequency}`, `{campaign}`);
 * - `kaspi`: the NGO's Kaspi payment link: opened on phones, shown as a QR code with the link on
 *   desktops, with the amount to enter spelled out (Kaspi links cannot carry it);
 * - `cloudpayments`: CloudPayments' own widget, loaded on click; monthly gifts use their recurrent payments;
 * - `stripe`: a Stripe Payment Link (the amount is confirmed on Stripe's page).
 *
 * Before any hand-off it fires the cancelable `qoldau-donate` event: cancel it to take over.
 * Options come from attributes, inline JSON (`<script type="application/json">` with any field of
 * the `donate` resource, docs/data.md) or the configured source (`donate-id`); attributes win.
 *
 * @summary Donation amount picker with Kaspi, CloudPayments, Stripe or payment-page hand-off.
 *
 * @slot - Fallback content (the NGO's plain donate link), shown before the script loads, when the
 * configuration is invalid and when the payment window cannot be loaded.
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart form - The native form.
 * @csspart amounts - The group of suggested amounts.
 * @csspart amount - One suggested amount (its label: the amount and what it buys).
 * @csspart field - The custom amount's field (label, hint, error, input).
 * @csspart frequency - The once / monthly group.
 * @csspart note - What the provider asks of the visitor (the amount to enter in Kaspi; Stripe's page).
 * @csspart submit - The donate button.
 * @csspart status - The live status line (opening the payment window, complete it there).
 * @csspart qr - The Kaspi panel on desktops: the QR code, the amount to enter and the link as text.
 * @csspart outcome - The thank-you after a CloudPayments payment.
 * @csspart failure - Why a CloudPayments payment did not happen, with a retry button.
 * @csspart error - The message shown for an invalid configuration.
 *
 * @cssproperty --qoldau-donate-qr-size - The QR code's width and height (default 200px).
 *
 * @event qoldau-load - The options passed validation and the form is shown.
 * @event qoldau-error - The options were rejected, or a CloudPayments payment failed or could not start (`detail.donation`, `detail.reason`).
 * @event qoldau-donate - Cancelable, before any hand-off: amount, currency, frequency, provider, campaign and the URL (when there is one).
 * @event qoldau-success - CloudPayments reported a successful payment (`detail.donation`).
 */
export class QoldauDonate extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, donateStyles];

  static override properties: PropertyDeclarations = {
    donateId: { attribute: 'donate-id' },
    heading: {},
    amounts: {},
    defaultAmount: { attribute: 'default-amount' },
    min: {},
    max: {},
    currency: {},
    frequency: {},
    campaign: {},
    provider: {},
    paymentUrl: { attribute: 'payment-url' },
    kaspiUrl: { attribute: 'kaspi-url' },
    kaspiDisplay: { attribute: 'kaspi-display' },
    cloudpaymentsPublicId: { attribute: 'cloudpayments-public-id' },
    cloudpaymentsScript: { attribute: 'cloudpayments-script' },
    accountId: { attribute: 'account-id' },
    stripeUrl: { attribute: 'stripe-url' },
    stripeMonthlyUrl: { attribute: 'stripe-monthly-url' },
    choice: { state: true },
    gift: { state: true },
    phase: { state: true },
  };

  /** Id of a `donate` resource to read through the configured data source; attributes still win. */
  declare donateId?: string;
  /** The title (default "Make a donation", localized); also CloudPayments' payment description (default "Donation: {campaign}"). */
  declare heading?: string;
  /** Suggested amounts: "2000 5000 10000" (or "5 000; 10 000"), or from script a list of numbers or `{ amount, impact }`. */
  declare amounts?: string | unknown[];
  /** The amount chosen at first (a suggestion, or typed into "Other amount"). */
  declare defaultAmount?: number | string;
  /** The smallest gift (default 1). */
  declare min?: number | string;
  /** The largest gift (default 100 000 000). */
  declare max?: number | string;
  /** ISO 4217 code (default KZT). */
  declare currency?: string;
  /** `once` (default), `monthly`, or `both` (the visitor chooses). */
  declare frequency?: 'once' | 'monthly' | 'both';
  /** The campaign the gift goes to: passed to the payment page (default: the resource's id). */
  declare campaign?: string;
  /** Where the visitor pays: `url` (default), `kaspi`, `cloudpayments` or `stripe`. */
  declare provider?: DonateProvider;
  /** With `url`: the payment page template, e.g. `https://pay.example.kz/?amount={amount}&campaign={campaign}&frequency={frequency}` (https). */
  declare paymentUrl?: string;
  /** With `kaspi`: the NGO's Kaspi payment link (https). */
  declare kaspiUrl?: string;
  /** With `kaspi`: `auto` (default: a link on touch-only devices, a QR code elsewhere), `qr` or `link`. */
  declare kaspiDisplay?: 'auto' | 'qr' | 'link';
  /** With `cloudpayments`: the site's Public ID from the CloudPayments back office. */
  declare cloudpaymentsPublicId?: string;
  /** With `cloudpayments`: the widget script (default: CloudPayments' official one). */
  declare cloudpaymentsScript?: string;
  /** With `cloudpayments`: the donor's id in the NGO's systems, sent as `accountId` (default: a new random id per payment). */
  declare accountId?: string;
  /** With `stripe`: the Stripe Payment Link (https). */
  declare stripeUrl?: string;
  /** With `stripe` and monthly gifts: a Payment Link of a monthly price. */
  declare stripeMonthlyUrl?: string;

  declare private choice?: string;
  declare private gift?: DonationFrequency;
  declare private phase: Phase;
  private typed = '';
  /** The error code shown under the amount (on submit, or after leaving a changed field). */
  private shownError?: AmountInputError | 'choose';
  private qr?: { size: number; path: string; url: string };
  private inlineData: Record<string, unknown> = {};
  private inlineJsonError?: QoldauError;
  private readonly live = new LiveData(this, 'donate');
  private readonly reporter = new StateReporter(this);
  private view: View = { state: 'loading' };
  /** The options the visitor's choice was set from (as JSON): other options (new data) reset the choice. */
  private chosenFrom?: string;
  private lastDetail?: QoldauDonateDetail;

  constructor() {
    super();
    this.phase = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.inlineData, error: this.inlineJsonError } = readInlineJson(this));
    // Its own strings only: the donate chunks carry the two form words a text field uses.
    this.waitFor(useWidgetStrings(this, donateStrings));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseWidgetStrings(this);
  }

  protected override willUpdate(): void {
    this.live.follow(textOf(this.donateId));
    const view = (this.view = this.computeView());
    const form = view.state === 'ready' ? view : view.state === 'loading' ? view.form : undefined;
    if (form && JSON.stringify(form.options) !== this.chosenFrom) this.resetChoice(form.options);
  }

  private computeView(): View {
    if (this.inlineJsonError) return { state: 'invalid', error: this.inlineJsonError };
    const live = this.live.state;
    const waiting = live && !live.data;
    if (waiting && live.status === 'error' && live.error) return { state: 'invalid', error: live.error };
    try {
      const options = validateDonate({
        ...this.inlineData,
        ...(live?.data as Record<string, unknown> | undefined),
        ...definedFields({
          amounts: this.amounts,
          defaultAmount: this.defaultAmount,
          min: this.min,
          max: this.max,
          currency: this.currency,
          frequency: this.frequency,
          campaign: this.campaign,
        }),
      });
      // While the resource loads, the skeleton is the form the page's own options draw: the same
      // layout, so embedding the amounts (as the meter embeds its title) reserves the final size.
      const ready = this.checkProvider(options);
      return waiting ? { state: 'loading', form: ready } : ready;
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      return waiting ? { state: 'loading' } : { state: 'invalid', error };
    }
  }

  /** The provider and its settings: unknown providers, missing or unsafe links are refused up front. */
  private checkProvider(options: DonateOptions): Ready {
    const provider = this.provider ?? (this.inlineData.provider as DonateProvider | undefined) ?? 'url';
    if (!(PROVIDERS as readonly unknown[]).includes(provider)) throw new QoldauError('invalid-type', 'provider');
    const campaign = options.campaign ?? options.id ?? textOf(this.donateId) ?? '';
    const ready: Ready = { state: 'ready', options, provider, campaign };
    const need = (value: unknown, field: string): string => {
      const text = textOf(value);
      if (!text) throw new QoldauError('missing-field', field);
      return text;
    };
    const offers = (frequency: DonationFrequency) => options.frequency === frequency || options.frequency === 'both';
    if (provider === 'url') {
      // A sample gift proves the template gives a safe link whatever the values.
      paymentUrl(need(this.paymentUrl, 'payment-url'), { ...this.sampleGift(options), campaign });
    } else if (provider === 'kaspi') {
      ready.kaspiUrl = toSafeUrl(need(this.kaspiUrl, 'kaspi-url'), 'kaspi-url');
      // A Kaspi link pays once; a monthly gift there is the visitor's own standing order.
      if (offers('monthly')) throw new QoldauError('invalid-type', 'frequency');
    } else if (provider === 'cloudpayments') {
      need(this.cloudpaymentsPublicId, 'cloudpayments-public-id');
      ready.script = toSafeUrl(textOf(this.cloudpaymentsScript) ?? CLOUDPAYMENTS_SCRIPT, 'cloudpayments-script');
    } else {
      ready.stripe = {
        once: offers('once') ? toSafeUrl(need(this.stripeUrl, 'stripe-url'), 'stripe-url') : undefined,
        monthly: offers('monthly')
          ? toSafeUrl(need(this.stripeMonthlyUrl ?? this.stripeUrl, 'stripe-monthly-url'), 'stripe-monthly-url')
          : undefined,
      };
    }
    return ready;
  }

  private sampleGift(options: DonateOptions): Gift {
    return { amount: options.min, currency: options.currency, frequency: 'once', campaign: '' };
  }

  private resetChoice(options: DonateOptions): void {
    this.chosenFrom = JSON.stringify(options);
    const preset = options.defaultAmount;
    const suggested = preset !== undefined && options.amounts.some((item) => item.amount === preset);
    this.choice = preset === undefined ? undefined : suggested ? String(preset) : OTHER;
    this.typed = preset !== undefined && !suggested ? String(preset) : '';
    this.gift = options.frequency === 'monthly' ? 'monthly' : 'once';
    this.shownError = undefined;
    this.phase = 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { view } = this;
    if (view.state === 'invalid') this.reporter.error(view.error);
    else if (view.state === 'ready') this.reporter.loaded(view.options, this.live.state?.data ?? PAGE_DATA);
  }

  // ─── The amount ────────────────────────────────────────────────────────────────────────────────

  /** Whether the typed amount is in play (chosen "Other", or there are no suggestions). */
  private customShown(options: DonateOptions): boolean {
    return options.amounts.length === 0 || this.choice === OTHER;
  }

  /** The amount as chosen now, or why there is none. */
  private readAmount(
    options: DonateOptions,
  ): { ok: true; value: number } | { ok: false; code: AmountInputError | 'choose' } {
    if (!this.customShown(options)) {
      return this.choice === undefined ? { ok: false, code: 'choose' } : { ok: true, value: Number(this.choice) };
    }
    const read = readDonationAmount(this.typed, options.currency, options.min, options.max);
    return read.ok ? read : { ok: false, code: read.code };
  }

  private readonly onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'amount') {
      this.choice = input.value;
      if (this.shownError === 'choose') this.shownError = undefined;
    } else if (input.name === 'frequency') this.gift = input.value === 'monthly' ? 'monthly' : 'once';
    else if (input.name === 'custom' && event.type === 'change' && this.view.state === 'ready') {
      // Leaving a changed field: its error (or none) shows now (FORMS.md: not while typing).
      const read = this.readAmount(this.view.options);
      this.shownError = read.ok ? undefined : read.code;
      this.requestUpdate();
    }
  };

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'custom' || this.view.state !== 'ready') return;
    this.typed = input.value;
    // Typing may clear an error shown before; a new one waits for leaving the field or the button.
    if (this.shownError && this.readAmount(this.view.options).ok) this.shownError = undefined;
    this.requestUpdate();
  };

  private money(amount: number, currency: string): string {
    return formatMoney(amount, currency, this.locale);
  }

  // ─── The hand-off ─────────────────────────────────────────────────────────────────────────────

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const { view } = this;
    if (view.state !== 'ready' || this.phase === 'opening') return;
    const read = this.readAmount(view.options);
    if (!read.ok) {
      this.shownError = read.code;
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector<HTMLInputElement>(read.code === 'choose' ? 'input[name="amount"]' : 'input[name="custom"]')
          ?.focus(),
      );
      return;
    }
    this.shownError = undefined;
    const gift: Gift = {
      amount: read.value,
      currency: view.options.currency,
      frequency: this.gift ?? 'once',
      campaign: view.campaign,
    };
    const url = this.handoffUrl(view, gift);
    const detail: QoldauDonateDetail = { ...gift, provider: view.provider, ...(url ? { url } : {}) };
    this.lastDetail = detail;
    // Cancelable: a page can take over (its own checkout) or only count the gift and let it go on.
    if (!this.emit('qoldau-donate', detail, { cancelable: true })) return;
    if (view.provider === 'cloudpayments') void this.openCloudPayments(view, gift, detail);
    else if (view.provider === 'kaspi' && !this.opensKaspiLink()) void this.showQr(view.kaspiUrl!);
    else if (url) location.assign(url);
  };

  /** Where the visitor goes for this gift (none for CloudPayments: its widget opens on this page). */
  private handoffUrl(view: Ready, gift: Gift): string | undefined {
    if (view.provider === 'url') return paymentUrl(this.paymentUrl!, gift);
    if (view.provider === 'kaspi') return view.kaspiUrl;
    if (view.provider === 'stripe')
      return stripeUrl(gift.frequency === 'monthly' ? view.stripe!.monthly! : view.stripe!.once!, gift, this.locale);
    return undefined;
  }

  private opensKaspiLink(): boolean {
    if (this.kaspiDisplay === 'link') return true;
    if (this.kaspiDisplay === 'qr') return false;
    return globalThis.matchMedia?.(PHONE_MEDIA).matches ?? false;
  }

  private async showQr(url: string): Promise<void> {
    this.phase = 'qr';
    if (this.qr?.url !== url) {
      const load = import('./qr-code.js').then(({ qrPath }) => {
        this.qr = { ...qrPath(url), url };
      });
      this.waitFor(load);
      await load.catch(() => undefined);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="qr"] h3')?.focus();
  }

  private async openCloudPayments(view: Ready, gift: Gift, detail: QoldauDonateDetail): Promise<void> {
    this.phase = 'opening';
    const invoiceId = `qoldau-${newId()}`;
    try {
      const { cloudPaymentsOptions, loadCloudPayments } = await import('./cloudpayments.js');
      const widget = await loadCloudPayments(view.script!, this.locale);
      const heading = textOf(this.heading);
      widget.pay(
        'charge',
        cloudPaymentsOptions(gift, {
          publicId: textOf(this.cloudpaymentsPublicId)!,
          description: heading ?? (gift.campaign ? say.giftDescription(gift.campaign) : say.defaultHeading()),
          accountId: textOf(this.accountId) ?? newId(),
          invoiceId,
        }),
        {
          onSuccess: () => {
            this.phase = 'done';
            this.emit('qoldau-success', { form: 'donate', idempotencyKey: invoiceId, donation: detail });
            void this.focusOutcome();
          },
          onFail: (reason) => {
            this.phase = 'declined';
            void this.reportFailure(new QoldauError('rejected', 'cloudpayments'), detail, textOf(reason));
            void this.focusOutcome();
          },
        },
      );
      this.phase = 'open';
    } catch (error) {
      this.phase = 'unavailable';
      void this.reportFailure(
        isQoldauError(error) ? error : new QoldauError('network', 'cloudpayments-script'),
        detail,
      );
      void this.focusOutcome();
    }
  }

  private async reportFailure(error: QoldauError, donation: QoldauDonateDetail, reason?: string): Promise<void> {
    const messages = await loadErrorMessages();
    this.emit('qoldau-error', {
      error,
      message: this.phase === 'declined' ? say.failedTitle() : (messages?.errorMessage(error) ?? error.message),
      donation,
      ...(reason ? { reason } : {}),
    });
  }

  private async focusOutcome(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.after [tabindex="-1"]')?.focus();
  }

  private again(): void {
    this.phase = 'idle';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[type="submit"]')?.focus());
  }

  // ─── Rendering ───────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const { view } = this;
    if (view.state === 'invalid') return invalidView(this, view.error);
    const loading = view.state === 'loading';
    const form = loading ? view.form : view;
    if (!form)
      return html`<div part="base" class="widget loading" aria-busy="true">
        <p class="bone heading">&nbsp;</p>
        <p class="bone options">&nbsp;</p>
        <p class="bone button">&nbsp;</p>
      </div>`;
    const title = textOf(this.heading) ?? say.defaultHeading();
    return html`<section
      part="base"
      class="widget donate ${loading ? 'loading' : ''}"
      data-phase=${this.phase}
      aria-labelledby="title"
      aria-busy=${loading ? 'true' : nothing}
    >
      <h2 id="title" part="heading">${title}</h2>
      ${loading ? html`<p class="visually-hidden">${say.loadingText()}</p>` : nothing}
      ${this.phase === 'done' ? this.renderThanks() : this.renderForm(form, form.options, loading)}
      <div role="status" part="status" class="status">
        ${this.phase === 'opening' ? say.opening() : this.phase === 'open' ? say.openNote() : nothing}
      </div>
    </section>`;
  }

  /** The form; `loading`: the skeleton of it (inert: nothing to press until the options are known). */
  private renderForm(view: Ready, options: DonateOptions, loading: boolean): TemplateResult {
    const { currency } = options;
    const locale = this.locale;
    const min = this.money(options.min, currency);
    const max = this.money(options.max, currency);
    const error = this.shownError && say.amountError(this.shownError, min, max, minorDigits(currency));
    const read = this.readAmount(options);
    const amountText = read.ok ? this.money(read.value, currency) : undefined;
    const custom = this.customShown(options);
    const choiceError = this.shownError === 'choose' ? error : undefined;
    return html`<form
        part="form"
        novalidate
        ?inert=${loading}
        @submit=${this.onSubmit}
        @change=${this.onChoice}
        @input=${this.onInput}
      >
        ${
          options.amounts.length
            ? html`<fieldset part="amounts" class="amounts">
                <legend>${say.amountLegend()}</legend>
                ${inlineError('amount', choiceError)}
                <div class="options">
                  ${options.amounts.map((item) => {
                    const label = pickText(item.impact, locale);
                    return html`<label part="amount" class="amount">
                      <input
                        type="radio"
                        name="amount"
                        value=${String(item.amount)}
                        .checked=${this.choice === String(item.amount)}
                        aria-describedby=${choiceError ? 'e-amount' : nothing}
                      />
                      <span class="sum">${this.money(item.amount, currency)}</span>
                      ${label ? html`<span class="buys">${label}</span>` : nothing}
                    </label>`;
                  })}
                  <label part="amount" class="amount other">
                    <input
                      type="radio"
                      name="amount"
                      value=${OTHER}
                      .checked=${this.choice === OTHER}
                      aria-describedby=${choiceError ? 'e-amount' : nothing}
                    />
                    <span class="sum">${say.otherAmount()}</span>
                  </label>
                </div>
              </fieldset>`
            : nothing
        }
        ${
          custom
            ? amountField({
                name: 'custom',
                label: say.customLabel(currencySign(currency, locale)),
                hint: say.customHint(min, max),
                value: this.typed,
                error: choiceError ? undefined : error,
              })
            : nothing
        }
        ${
          options.frequency === 'both'
            ? html`<fieldset part="frequency" class="frequency">
                <legend>${say.frequencyLegend()}</legend>
                <div class="options">
                  ${(['once', 'monthly'] as const).map(
                    (frequency) =>
                      html`<label class="amount">
                        <input
                          type="radio"
                          name="frequency"
                          value=${frequency}
                          .checked=${(this.gift ?? 'once') === frequency}
                        />
                        <span class="sum">${frequency === 'once' ? say.once() : say.monthly()}</span>
                      </label>`,
                  )}
                </div>
              </fieldset>`
            : nothing
        }
        ${
          view.provider === 'kaspi' && amountText && this.phase !== 'qr'
            ? html`<p part="note" class="note">${say.kaspiNote(amountText)}</p>`
            : view.provider === 'stripe'
              ? html`<p part="note" class="note">${say.stripeNote()}</p>`
              : nothing
        }
        <button part="submit" type="submit" aria-disabled=${this.phase === 'opening' ? 'true' : 'false'}>
          ${say.donateLabel(amountText, (this.gift ?? 'once') === 'monthly')}
        </button>
      </form>
      ${this.renderAfter(view, amountText)}`;
  }

  /** Below the form: the Kaspi QR panel, or why a CloudPayments payment did not happen. */
  private renderAfter(view: Ready, amountText?: string): TemplateResult | typeof nothing {
    if (this.phase === 'qr' && view.kaspiUrl) {
      const qr = this.qr?.url === view.kaspiUrl ? this.qr : undefined;
      return html`<div part="qr" class="after qr">
        <h3 tabindex="-1">${say.kaspiScan()}</h3>
        ${
          qr
            ? svg`<svg class="code" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${say.kaspiQrLabel()} shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d=${qr.path} fill="#000"/></svg>`
            : html`<div class="code bone"></div>`
        }
        ${amountText ? html`<p class="note">${say.kaspiNote(amountText)}</p>` : nothing}
        <p>${say.kaspiLinkText()} <a href=${view.kaspiUrl} target="_blank" rel="noopener">${view.kaspiUrl}</a></p>
      </div>`;
    }
    if (this.phase === 'declined' || this.phase === 'unavailable') {
      return html`<div part="failure" class="after failure" role="alert">
        <h3 tabindex="-1">${say.failedTitle()}</h3>
        ${
          this.phase === 'unavailable'
            ? html`<p>${say.loadFailed()}</p>
                <slot></slot>`
            : nothing
        }
        <button class="secondary" type="button" @click=${() => this.again()}>${say.tryAgain()}</button>
      </div>`;
    }
    return nothing;
  }

  private renderThanks(): TemplateResult {
    const detail = this.lastDetail;
    return html`<div part="outcome" class="after outcome">
      <h3 tabindex="-1">${say.thanksTitle()}</h3>
      ${detail ? html`<p>${this.money(detail.amount, detail.currency)}</p>` : nothing}
      <button class="secondary" type="button" @click=${() => this.again()}>${say.anotherGift()}</button>
    </div>`;
  }
}
