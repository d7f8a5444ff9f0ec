// <qoldau-impact-counter>: one impact number ("183 children") that counts up the first time it is seen.
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  QoldauError,
  formatCompact,
  formatCompactMoney,
  formatMoney,
  formatNumber,
  formatPercent,
  isQoldauError,
  pickText,
  validateMetric,
  type Metric,
  type MetricFormat,
  type QoldauLocale,
} from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import { onFirstVisible, prefersReducedMotion } from '../base/motion.js';
import {
  PAGE_DATA,
  StateReporter,
  definedFields,
  invalidView,
  readInlineJson,
  reflectText,
  textOf,
  widgetStyles,
} from '../base/widget.js';
import { nounCategory, nounFor } from './nouns.js';
import { impactCounterStyles } from './impact-counter.styles.js';

/** How the number is written (core's MetricFormat). */
export type ImpactCounterFormat = MetricFormat;

type View = { state: 'loading' } | { state: 'invalid'; error: QoldauError } | { state: 'ready'; data: Metric };

/** At most this many digit updates per second: smooth enough, and cheap on old phones. */
const UPDATES_PER_SECOND = 20;

const easeOut = (t: number) => 1 - (1 - t) ** 3;

/** Decimal places of a number as written ("0.25" → 2), capped. */
function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return Math.min(fraction.length, 6);
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
 * @cssproperty --qoldau-counter-value-color - Color of the number (default: the brand color, lightened on dark surfaces).
 * @cssproperty --qoldau-counter-value-size - Font size of the number (default 2.25em).
 *
 * @event qoldau-load - The data passed validation and is shown.
 * @event qoldau-error - The input was rejected or could not be loaded; the widget shows a localized message.
 */
export class QoldauImpactCounter extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, impactCounterStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    format: {},
    currency: {},
    label: {},
    metric: reflectText,
    refresh: { type: Number },
    duration: { type: Number },
    data: { attribute: false },
    pending: { type: Boolean },
    one: {},
    few: {},
    many: {},
    other: {},
    inlineData: { state: true },
    inlineError: { state: true },
    shown: { state: true },
  };

  /** The number (a number, or a numeric string such as "1 000"). `percent` values are fractions: 0.9 = 90%. */
  declare value?: number | string;

  /** How the number is written. `compact`: "24.5M" (with `currency`: "₸24.5M"). Default: number. */
  declare format?: ImpactCounterFormat;

  /** ISO 4217 currency code for `currency` (and compact money). Default: KZT (shown as ₸). */
  declare currency?: string;

  /** Text under the number ("of graduates employed"). */
  declare label?: string;

  /** Id of a metric to read through the data adapter (see docs/data.md). */
  declare metric?: string;

  /** With `metric`: seconds between refreshes while the page is visible (default: the configured `refresh`). */
  declare refresh?: number;

  /** Length of the count-up in milliseconds, 0 to 10 000. Default 1500 (also for values that are not numbers). */
  declare duration?: number;

  /** Metric fields as an object (`value`, `format`, `currency`, `label`, `noun`): for frameworks, and the counters group. */
  declare data?: Partial<Metric>;

  /** Shows the loading skeleton while data is on its way from elsewhere (the group sets it while its set loads). */
  pending = false;

  /** Noun after 1, 21, 101… ("ребёнок"); used in every language when set. */
  declare one?: string;

  /** Noun after 2–4, 22–24… in Russian ("ребёнка"). */
  declare few?: string;

  /** Noun after 5–20, 25–30… in Russian ("детей"). */
  declare many?: string;

  /** Noun for every other number ("children" in English, "бала" in Kazakh). */
  declare other?: string;

  private inlineData: Record<string, unknown> = {};
  declare private inlineError?: QoldauError;
  /** Seen once: not reactive, since being seen changes only the number (see reveal()). */
  private revealed = false;
  /** The number on screen while counting; the final value otherwise. */
  declare private shown?: number;

  private view: View = { state: 'loading' };
  private target?: number;
  private frame?: number;
  private stopObserving?: () => void;
  private readonly live = new LiveData(this, 'metric');
  private readonly reporter = new StateReporter(this);

  override connectedCallback(): void {
    super.connectedCallback();
    ({ data: this.inlineData, error: this.inlineError } = readInlineJson(this));
    if (prefersReducedMotion()) {
      this.revealed = true;
    } else if (!this.revealed) {
      this.stopObserving = onFirstVisible(this, () => this.reveal());
    }
  }

  /**
   * The first view starts the count-up, which renders through `shown`; while loading, or when the
   * number is 0, nothing visible changes, so nothing is updated (issue #9).
   */
  private reveal(): void {
    this.revealed = true;
    this.planCount();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private attributeData(): Record<string, unknown> {
    return definedFields({ value: this.value, format: this.format, currency: this.currency, label: this.label });
  }

  protected override willUpdate(): void {
    this.live.follow(this.metric, this.refresh);
    this.view = this.computeView();
    this.planCount();
  }

  private computeView(): View {
    if (this.pending) return { state: 'loading' };
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    const live = this.live.state;
    if (live && !live.data) {
      return live.status === 'error' && live.error ? { state: 'invalid', error: live.error } : { state: 'loading' };
    }
    try {
      // Inline JSON, the data property, live data, then attributes: later ones win field by field.
      const data = validateMetric({ ...this.inlineData, ...this.data, ...live?.data, ...this.attributeData() });
      return { state: 'ready', data };
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
    // "abc" (NaN) once counted forever: BOUNDS.duration of core's validate-bounds.ts (0 … 10 000 ms,
    // else 1500), written out here because importing it would cost this chunk a shared chunk.
    const given = this.duration;
    const duration = typeof given === 'number' && given >= 0 ? Math.min(given, 10_000) : 1500;
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
    if (view.state === 'invalid') this.reporter.error(view.error);
    else if (view.state === 'ready') this.reporter.loaded(view.data, this.live.state?.data ?? PAGE_DATA);
  }

  /** The number as shown, in the active locale, rounded like the final value so cents never flicker in. */
  private formatValue(value: number, data: Metric, locale: QoldauLocale): string {
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
    if (view.state === 'invalid') return invalidView(this, view.error);
    if (view.state === 'loading') {
      return html`<div part="base" class="widget loading" aria-busy="true">
        <p part="figure" class="figure">
          <span part="value" class="value bone" aria-hidden="true">0 000</span>
          <span class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</span>
        </p>
        <p part="label" class="label bone" aria-hidden="true">&nbsp;</p>
      </div>`;
    }
    const { data } = view;
    const locale = this.locale;
    const finalText = this.formatValue(data.value, data, locale);
    const currentText = this.formatValue(this.shown ?? data.value, data, locale);
    // The noun agrees with the final number from the start: it must not change while counting.
    // textOf: noun attributes set from script may be anything; only text is a noun.
    const noun =
      data.format === 'number' || data.format === 'compact'
        ? textOf(nounFor(nounCategory(data.value, locale, data.format === 'compact'), locale, this, data.noun))
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

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-impact-counter': QoldauImpactCounter;
  }
}
