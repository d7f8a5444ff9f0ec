// <qoldau-impact-counter>: one impact number ("183 children") that counts up the first time it is seen.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  QoldauError,
  formatCompact,
  formatCompactMoney,
  formatMoney,
  formatNumber,
  formatPercent,
  isQoldauError,
  isRecord,
  parseJson,
  pickText,
  toAmount,
  toCurrency,
  toLocalizedText,
  toText,
  type LocalizedText,
  type Metric,
  type QoldauLocale,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import { onFirstVisible, prefersReducedMotion } from '../base/motion.js';
import { errorMessage } from '../messages.js';
import { nounCategory, nounFor, type NounForms } from './nouns.js';
import { impactCounterStyles } from './impact-counter.styles.js';

export type ImpactCounterFormat = 'number' | 'percent' | 'currency' | 'compact';

/** A validated counter: a metric whose format may also be `compact`. */
export interface CounterData {
  value: number;
  format: ImpactCounterFormat;
  currency?: string;
  label?: LocalizedText;
  noun?: NounForms;
}

type View = { state: 'loading' } | { state: 'invalid'; error: QoldauError } | { state: 'ready'; data: CounterData };

/** At most this many digit updates per second: smooth enough, and cheap on old phones. */
const UPDATES_PER_SECOND = 20;
const DEFAULT_DURATION = 1500;

const easeOut = (t: number) => 1 - (1 - t) ** 3;

/** Decimal places of a number as written ("0.25" → 2), capped. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(fraction.length, 6);
}

/** The metric fields of a validated Metric as a plain record, to merge with attributes. */
function fieldsOf(metric: Metric): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metric).filter(([key]) => key !== 'id'));
}

/**
 * A number that shows what donations did: "1 000 families", "183 children", "90% of graduates
 * employed", "24.5M ₸ raised this year". It counts up from zero the first time it scrolls into
 * view (at once under reduced motion), keeps its width while counting, and gives screen readers
 * only the final value.
 *
 * Data comes from attributes, from inline JSON (`<script type="application/json">` child with
 * metric fields: `value`, `format`, `currency`, `label`, `noun`), or from the data adapter
 * (`metric="families"`, imported only when used); inline JSON, then the adapter's data, then
 * attributes, later ones winning field by field.
 * Noun forms agree with the number: `"noun": { "ru": ["ребёнок", "ребёнка", "детей"], "kk": ["бала"],
 * "en": ["child", "children"] }`, or the `one` / `few` / `many` / `other` attributes.
 *
 * @summary Animated impact number with a correctly pluralized noun.
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 *
 * @csspart base - The widget's frame.
 * @csspart figure - The number and its noun.
 * @csspart value - The number (counts up).
 * @csspart noun - The noun that agrees with the number ("children").
 * @csspart label - The label under the number.
 * @csspart error - The message shown for invalid input.
 *
 * @cssproperty --qoldau-counter-value-color - Color of the number (default: the fill color, the brand color in light mode).
 * @cssproperty --qoldau-counter-value-size - Font size of the number (default 2.25em).
 *
 * @event qoldau-load - The data passed validation and is shown.
 * @event qoldau-error - The input was rejected or could not be loaded; the widget shows a localized message.
 */
export class QoldauImpactCounter extends QoldauElement {
  static override styles = [...QoldauElement.styles, impactCounterStyles];

  /** The number (a number, or a numeric string such as "1 000"). `percent` values are fractions: 0.9 = 90%. */
  @property() value?: number | string;

  /** How the number is written. `compact`: "24.5M" (with `currency`: "₸24.5M"). Default: number. */
  @property() format?: ImpactCounterFormat;

  /** ISO 4217 currency code for `currency` (and compact money). Default: KZT (shown as ₸). */
  @property() currency?: string;

  /** Text under the number ("of graduates employed"). */
  @property() label?: string;

  /** Id of a metric to read through the data adapter (see docs/data.md). */
  @property({ reflect: true }) metric?: string;

  /** With `metric`: seconds between refreshes while the page is visible (default: the configured `refresh`). */
  @property({ type: Number }) refresh?: number;

  /** Length of the count-up in milliseconds. Default 1500. */
  @property({ type: Number }) duration?: number;

  /** Noun after 1, 21, 101… ("ребёнок"); used in every language when set. */
  @property() one?: string;

  /** Noun after 2–4, 22–24… in Russian ("ребёнка"). */
  @property() few?: string;

  /** Noun after 5–20, 25–30… in Russian ("детей"). */
  @property() many?: string;

  /** Noun for every other number ("children" in English, "бала" in Kazakh). */
  @property() other?: string;

  @state() private inlineData: Record<string, unknown> = {};
  @state() private inlineError?: QoldauError;
  @state() private revealed = false;
  /** The number on screen while counting; the final value otherwise. */
  @state() private shown?: number;

  private view: View = { state: 'loading' };
  private target?: number;
  private frame?: number;
  private reportedError?: string;
  private loadFired = false;
  private stopObserving?: () => void;
  private readonly live = new LiveData(this, 'metric');

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineData();
    if (prefersReducedMotion()) {
      this.revealed = true;
    } else if (!this.revealed) {
      this.stopObserving = onFirstVisible(this, () => (this.revealed = true));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Metric fields from the `<script type="application/json">` child, if any. */
  private readInlineData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      const data = parseJson(script.textContent ?? '', 'json');
      if (!isRecord(data)) throw new QoldauError('invalid-type', 'json');
      this.inlineData = data;
      this.inlineError = undefined;
    } catch (error) {
      this.inlineError = isQoldauError(error) ? error : new QoldauError('invalid-json', 'json');
    }
  }

  private attributeData(): Record<string, unknown> {
    const fields: Record<string, unknown> = {
      value: this.value,
      format: this.format,
      currency: this.currency,
      label: this.label,
    };
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null));
  }

  protected override willUpdate(): void {
    this.live.follow(this.metric, this.refresh);
    this.view = this.computeView();
    this.planCount();
  }

  private computeView(): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    const live = this.live.state;
    if (live && !live.data) {
      return live.status === 'error' && live.error ? { state: 'invalid', error: live.error } : { state: 'loading' };
    }
    try {
      // Inline JSON, then live data, then attributes: later sources win field by field.
      const liveFields = live?.data ? fieldsOf(live.data) : {};
      return { state: 'ready', data: validateCounter({ ...this.inlineData, ...liveFields, ...this.attributeData() }) };
    } catch (error) {
      if (!isQoldauError(error)) throw error;
      return { state: 'invalid', error };
    }
  }

  /** Starts, or skips, the count-up towards the value in view. */
  private planCount(): void {
    if (this.view.state !== 'ready') return;
    const { value } = this.view.data;
    if (!this.revealed) {
      this.shown = 0;
      return;
    }
    if (this.target === value) return;
    const from = this.target === undefined ? 0 : (this.shown ?? 0);
    this.target = value;
    if (prefersReducedMotion() || from === value) {
      this.stopCounting();
      this.shown = value;
      return;
    }
    this.countUp(from, value);
  }

  private stopCounting(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** rAF-driven, but the digits change at most UPDATES_PER_SECOND times a second. */
  private countUp(from: number, to: number): void {
    this.stopCounting();
    const duration = Math.max(0, this.duration ?? DEFAULT_DURATION);
    const minInterval = 1000 / UPDATES_PER_SECOND;
    let start: number | undefined;
    let last = -Infinity;
    this.shown = from;
    const step = (now: number) => {
      start ??= now;
      const progress = duration === 0 ? 1 : Math.min(1, (now - start) / duration);
      if (progress === 1) {
        this.frame = undefined;
        this.shown = to;
        return;
      }
      if (now - last >= minInterval) {
        last = now;
        this.shown = from + (to - from) * easeOut(progress);
      }
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportState();
  }

  private reportState(): void {
    const { view } = this;
    if (view.state === 'invalid') {
      const key = `${view.error.code}:${view.error.field ?? ''}`;
      if (this.reportedError !== key) {
        this.reportedError = key;
        this.emit('qoldau-error', { error: view.error, message: errorMessage(view.error) });
      }
      return;
    }
    this.reportedError = undefined;
    if (view.state === 'ready' && !this.loadFired) {
      this.loadFired = true;
      this.emit('qoldau-load', { data: view.data });
    }
  }

  /** The number as shown, in the active locale, rounded like the final value so cents never flicker in. */
  private formatValue(value: number, data: CounterData, locale: QoldauLocale): string {
    const final = data.value;
    // Percent values are fractions: 0.9 is written with whole percents, so it moves in steps of 0.01.
    const precision = data.format === 'percent' ? decimalsOf(Math.round(final * 1e8) / 1e6) + 2 : decimalsOf(final);
    const scale = 10 ** precision;
    const rounded = Math.round(value * scale) / scale;
    const currency = data.currency ?? 'KZT';
    switch (data.format) {
      case 'percent':
        return formatPercent(rounded, locale, Math.max(0, decimalsOf(final) - 2));
      case 'currency':
        return formatMoney(rounded, currency, locale);
      case 'compact':
        return data.currency ? formatCompactMoney(rounded, data.currency, locale) : formatCompact(rounded, locale);
      default:
        return formatNumber(rounded, locale, { maximumFractionDigits: decimalsOf(final) });
    }
  }

  protected override render() {
    const { view } = this;
    if (view.state === 'invalid') {
      return html`<div part="base" class="widget invalid">
        <p part="error" class="error">
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 1.5 15 14H1zM7.3 6v4h1.4V6zm0 5.2v1.4h1.4v-1.4z" fill="currentColor" />
          </svg>
          <span>${errorMessage(view.error)}</span>
        </p>
        <slot></slot>
      </div>`;
    }
    if (view.state === 'loading') {
      return html`<div part="base" class="widget loading" aria-busy="true">
        <p part="figure" class="figure">
          <span part="value" class="value" aria-hidden="true">0 000</span>
          <span class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</span>
        </p>
        <p part="label" class="label" aria-hidden="true">&nbsp;</p>
      </div>`;
    }
    const { data } = view;
    const locale = this.locale;
    const finalText = this.formatValue(data.value, data, locale);
    const currentText = this.formatValue(this.shown ?? data.value, data, locale);
    // The noun agrees with the final number from the start: it must not change while counting.
    const noun =
      data.format === 'number' || data.format === 'compact'
        ? nounFor(nounCategory(data.value, locale, data.format === 'compact'), locale, this, data.noun)
        : undefined;
    const label = pickText(data.label, locale);
    return html`<div part="base" class="widget">
      <p part="figure" class="figure">
        <span class="visual" aria-hidden="true">
          <span part="value" class="value"
            ><span class="reserve">${finalText}</span><span class="current">${currentText}</span></span
          >${noun ? html`<span part="noun" class="noun">${noun}</span>` : nothing}
        </span>
        <span class="visually-hidden">${noun ? `${finalText} ${noun}` : finalText}</span>
      </p>
      ${label ? html`<p part="label" class="label">${label}</p>` : nothing}
    </div>`;
  }
}

const FORMATS: readonly string[] = ['number', 'percent', 'currency', 'compact'];

/**
 * Validates counter data: a metric as docs/data.md describes it (whose `format` may also be
 * `compact`). The same rules as core's validateMetric, restated here with the small helpers the
 * donation progress already loads, so a page with a counter and attribute data does not download
 * the validators of every resource kind.
 */
export function validateCounter(input: Record<string, unknown>): CounterData {
  const { value, format = 'number', currency, label, noun } = input;
  if (value === undefined || value === null || value === '') throw new QoldauError('missing-field', 'value');
  if (!FORMATS.includes(format as string)) throw new QoldauError('invalid-type', 'format', String(format));
  const data: CounterData = { value: toAmount(value, 'value'), format: format as ImpactCounterFormat };
  if (format === 'percent' && data.value > 10) throw new QoldauError('absurd-value', 'value', String(value));
  if (format === 'currency' || currency !== undefined) data.currency = currency === undefined ? 'KZT' : toCurrency(currency);
  if (label !== undefined) data.label = toLocalizedText(label, 'label');
  if (noun !== undefined) {
    if (!isRecord(noun)) throw new QoldauError('invalid-type', 'noun');
    data.noun = {};
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const forms = noun[locale];
      if (forms === undefined) continue;
      const list = typeof forms === 'string' ? [forms] : Array.isArray(forms) ? forms : [];
      if (list.length === 0) throw new QoldauError(Array.isArray(forms) ? 'missing-field' : 'invalid-type', `noun.${locale}`);
      data.noun[locale] = list.map((form, index) => toText(form, `noun.${locale}[${index}]`));
    }
  }
  return data;
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-impact-counter': QoldauImpactCounter;
  }
}
