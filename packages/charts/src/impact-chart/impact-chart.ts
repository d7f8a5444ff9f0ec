// <qoldau-impact-chart>: where the money went, or impact over time, drawn with chart.js (loaded lazily).
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import {
  QoldauError,
  formatCompact,
  formatCompactMoney,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  isQoldauError,
  pickText,
  toDate,
  type QoldauLocale,
} from '@qoldau/core';
import { QoldauElement } from '@qoldau/elements/base/qoldau-element.js';
import { LiveData } from '@qoldau/elements/base/live-data.js';
import { onFirstVisible, prefersReducedMotion } from '@qoldau/elements/base/motion.js';
import {
  PAGE_DATA,
  StateReporter,
  invalidView,
  readInlineJson,
  reflectText,
  textOf,
  widgetStyles,
} from '@qoldau/elements/base/widget.js';
import {
  seriesInput,
  validateChartData,
  type ChartInput,
  type ImpactChartType,
  type TimeSeries,
} from './chart-data.js';
import { impactChartStyles } from './impact-chart.styles.js';
import { chartTypeOf, loadChartJs, type ChartClass } from './load-chartjs.js';

/** A 1×1 canvas shared by every chart, to turn any CSS color into rgba() (created on first use). */
let pixel: CanvasRenderingContext2D | null | undefined;

// One colour-scheme listener re-themes every chart on the page, added when the first chart
// connects and removed when the last one leaves: one per chart cost each a matchMedia() call and a
// listener (issue #9). Here, not in base/motion.ts, because only charts draw colours on a canvas.
const charts = new Set<QoldauImpactChart>();
let colorScheme: MediaQueryList | undefined;
const retheme = () => charts.forEach((chart) => chart.requestUpdate());

type View =
  | { state: 'loading' }
  | { state: 'invalid'; error: QoldauError }
  | { state: 'empty' }
  | { state: 'ready'; input: Exclude<ChartInput, { kind: 'empty' }> };

/** One table/chart model in the active locale: category labels, and one row of values per dataset. */
interface Model {
  categories: string[];
  datasets: { label: string; values: number[] }[];
  format: (value: number) => string;
  tick: (value: number) => string;
  allocation: boolean;
}

/** Colors resolved from the theme tokens (chart.js draws on a canvas: it needs plain rgb()). */
interface Palette {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  surface: string;
}

const SERIES_TOKENS = 6;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A share of the total, computed once, written in the active locale. */
const shareOf = (value: number, total: number, locale: QoldauLocale) =>
  formatPercent(total > 0 ? value / total : 0, locale);

/**
 * A chart of what donations did: where the money went (an allocation, as a bar or doughnut chart)
 * or impact over time (series, as a line or bar chart). Labels, money ticks and tooltips follow the
 * active locale; colors come from the `--qoldau-*` theme tokens (light and dark). chart.js is
 * downloaded only when a chart is on the page, and only the parts its type needs.
 *
 * Accessible: the canvas is an image with a one-sentence summary, and the same numbers are in a
 * real data table, always available to screen readers and shown on request.
 *
 * Data: a `<script type="application/json">` child holding an allocation
 * (`{ "currency": "KZT", "items": [{ "label": { "ru": "Транспорт", … }, "amount": 12500000 }] }`) or
 * series (`{ "format": "number", "series": [{ "label": "Children", "points": [{ "x": "2026-01", "y": 12 }] }] }`;
 * `x` is a month "YYYY-MM", a day "YYYY-MM-DD" or any short text), or `allocation="batyr-2026"` /
 * `series="children-per-month"` read through the data adapter.
 *
 * @summary Accessible, localized impact chart (bar, doughnut, line).
 *
 * @slot - Fallback content shown before the script loads and when the data is invalid.
 *
 * @csspart base - The widget's frame (a figure).
 * @csspart heading - The heading (figure caption).
 * @csspart chart - The box that holds the canvas.
 * @csspart canvas - The chart's canvas (role="img").
 * @csspart legend - The color legend.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart empty - The message shown when there is nothing to draw.
 * @csspart error - The message shown for invalid input.
 *
 * @cssproperty --qoldau-chart-height - Height of the drawing (default 280px).
 * @cssproperty --qoldau-chart-color-1 - First series color (default: the brand color); up to --qoldau-chart-color-6.
 *
 * @event qoldau-load - The data passed validation and is drawn.
 * @event qoldau-error - The data was rejected or could not be loaded; the widget shows a localized message.
 */
export class QoldauImpactChart extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, impactChartStyles];

  static override properties: PropertyDeclarations = {
    type: reflectText,
    heading: {},
    allocation: reflectText,
    series: reflectText,
    refresh: { type: Number },
    inline: { state: true },
    inlineError: { state: true },
    tableShown: { state: true },
    chartFailed: { state: true },
  };

  /** How the data is drawn. */
  type: ImpactChartType = 'bar';

  /** Title shown above the chart; also names the figure. */
  declare heading?: string;

  /** Id of an allocation to read through the data adapter (see docs/data.md); wins over inline JSON. */
  declare allocation?: string;

  /** Id of a time series to read through the data adapter (the `series` kind, docs/data.md); wins over inline JSON. */
  declare series?: string;

  /** With `allocation` or `series`: seconds between refreshes while the page is visible (default: the configured `refresh`). */
  declare refresh?: number;

  /** `type`, or bar for a value we do not know. */
  private get chartType(): ImpactChartType {
    return chartTypeOf(this.type);
  }

  declare private inline?: ChartInput;
  declare private inlineError?: QoldauError;
  /** Seen once: not reactive, since being seen changes only the canvas (see reveal()). */
  private revealed = false;
  private tableShown = false;
  /** The chart.js class for each type loaded so far (not reactive: its arrival only draws the canvas). */
  private chartClasses: Partial<Record<ImpactChartType, ChartClass>> = {};
  private chartFailed = false;

  private view: View = { state: 'empty' };
  private model?: Model;
  private chart?: Chart;
  private readonly reporter = new StateReporter(this);
  private stopObserving?: () => void;
  private readonly liveAllocation = new LiveData(this, 'allocation');
  private readonly liveSeries = new LiveData(this, 'series');
  private readonly loading = new Set<ImpactChartType>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineData();
    if (prefersReducedMotion()) {
      this.revealed = true;
    } else if (!this.revealed) {
      this.stopObserving = onFirstVisible(this, () => this.reveal());
    }
    if (!charts.size)
      (colorScheme ??= window.matchMedia?.('(prefers-color-scheme: dark)'))?.addEventListener('change', retheme);
    charts.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    charts.delete(this);
    if (!charts.size) colorScheme?.removeEventListener('change', retheme);
    this.chart?.destroy();
    this.chart = undefined;
  }

  /**
   * The first view draws the chart (it animates in) without a render: while loading, or before
   * chart.js has arrived, nothing visible changes, so nothing is updated (issue #9).
   */
  private reveal(): void {
    this.revealed = true;
    this.drawChart();
  }

  /** chart.js arrives in its own chunk when a chart connects; without it the table is shown instead. */
  private async loadChartJs(type: ImpactChartType): Promise<void> {
    if (this.chartClasses[type] || this.loading.has(type)) return;
    this.loading.add(type);
    try {
      this.chartClasses[type] = await loadChartJs(type);
    } catch {
      this.chartFailed = true;
    } finally {
      this.loading.delete(type);
    }
    this.drawChart();
  }

  private readInlineData(): void {
    const { data, error, found } = readInlineJson(this);
    this.inline = undefined;
    this.inlineError = error;
    if (error || !found) return;
    try {
      this.inline = validateChartData(data);
    } catch (caught) {
      this.inlineError = isQoldauError(caught) ? caught : new QoldauError('invalid-json', 'json');
    }
  }

  protected override willUpdate(): void {
    if (this.isConnected) void this.loadChartJs(this.chartType);
    this.liveAllocation.follow(this.allocation, this.refresh);
    this.liveSeries.follow(this.allocation ? undefined : this.series, this.refresh);
    this.view = this.computeView();
    // Labels, values and formatters for this update: used by both the table and the canvas.
    this.model = this.view.state === 'ready' ? this.buildModel(this.view.input, this.locale) : undefined;
  }

  private computeView(): View {
    if (this.inlineError) return { state: 'invalid', error: this.inlineError };
    if (this.allocation || this.series) {
      const live = this.allocation ? this.liveAllocation.state : this.liveSeries.state;
      if (live?.data) {
        const input: ChartInput =
          'items' in live.data ? { kind: 'allocation', allocation: live.data } : seriesInput(live.data);
        return input.kind === 'empty' ? { state: 'empty' } : { state: 'ready', input };
      }
      if (live?.status === 'error' && live.error) return { state: 'invalid', error: live.error };
      return { state: 'loading' };
    }
    if (!this.inline || this.inline.kind === 'empty') return { state: 'empty' };
    return { state: 'ready', input: this.inline };
  }

  /** Labels, values and formatters for the active locale. */
  private buildModel(input: Exclude<ChartInput, { kind: 'empty' }>, locale: QoldauLocale): Model {
    if (input.kind === 'allocation') {
      const { currency, items } = input.allocation;
      return {
        categories: items.map((item) => pickText(item.label, locale) ?? ''),
        datasets: [{ label: msg('Amount', { id: 'chart.amount' }), values: items.map((item) => item.amount) }],
        format: (value) => formatMoney(value, currency, locale),
        tick: (value) => formatCompactMoney(value, currency, locale),
        allocation: true,
      };
    }
    const { series, format, currency } = input.data;
    const keys: string[] = [];
    for (const line of series) for (const point of line.points) if (!keys.includes(point.x)) keys.push(point.x);
    const formats: Record<TimeSeries['format'], [(value: number) => string, (value: number) => string]> = {
      number: [(value) => formatNumber(value, locale), (value) => formatCompact(value, locale)],
      currency: [
        (value) => formatMoney(value, currency, locale),
        (value) => formatCompactMoney(value, currency, locale),
      ],
      percent: [(value) => formatPercent(value, locale, 1), (value) => formatPercent(value, locale)],
    };
    const [formatValue, tick] = formats[format];
    return {
      categories: keys.map((key) => this.periodLabel(key, locale)),
      datasets: series.map((line, index) => ({
        label:
          pickText(line.label, locale) ?? (series.length === 1 ? msg('Value', { id: 'chart.value' }) : `${index + 1}`),
        // A series without a point for a period has no value there (NaN), not a zero.
        values: keys.map((key) => line.points.find((point) => point.x === key)?.y ?? NaN),
      })),
      format: formatValue,
      tick,
      allocation: false,
    };
  }

  /** "2026-01" → "янв. 2026 г." / "Jan 2026"; days likewise; other text as written. */
  private periodLabel(key: string, locale: QoldauLocale): string {
    // validateSeries refuses months and days that do not exist; a throw here would blank the chart.
    try {
      if (MONTH.test(key)) return formatDate(toDate(`${key}-01`, 'x'), locale, { month: 'short', year: 'numeric' });
      if (DAY.test(key)) return formatDate(toDate(key, 'x'), locale, { dateStyle: 'medium' });
    } catch {
      // shown as written
    }
    return key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawChart();
    this.reportState();
  }

  private reportState(): void {
    const { view } = this;
    if (view.state === 'invalid') this.reporter.error(view.error);
    else if (view.state === 'ready') {
      const data = view.input.kind === 'allocation' ? view.input.allocation : view.input.data;
      this.reporter.loaded(data, this.liveAllocation.state?.data ?? this.liveSeries.state?.data ?? PAGE_DATA);
    }
  }

  /** Resolves a CSS color (tokens, light-dark(), color-mix()) to rgb() through the rendering engine. */
  private palette(): Palette {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe')!;
    pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const context = pixel;
    const resolve = (color: string): string => {
      probe.style.color = color;
      const computed = getComputedStyle(probe).color;
      if (!context) return computed;
      // Computed colors may be oklab()/color(): chart.js parses only rgb and hex, so read a pixel.
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = computed;
      context.fillRect(0, 0, 1, 1);
      const [red, green, blue, alpha] = context.getImageData(0, 0, 1, 1).data;
      return `rgba(${red}, ${green}, ${blue}, ${Math.round((alpha / 255) * 100) / 100})`;
    };
    return {
      series: Array.from({ length: SERIES_TOKENS }, (_, index) => resolve(`var(--_chart-${index + 1})`)),
      text: resolve('var(--_text)'),
      muted: resolve('var(--_muted)'),
      grid: resolve('var(--_border)'),
      surface: resolve('var(--_surface)'),
    };
  }

  private config(model: Model, palette: Palette, reduced: boolean): ChartConfiguration {
    const type = this.chartType;
    const font = { family: getComputedStyle(this).fontFamily, size: 13 };
    const colorAt = (index: number) => palette.series[index % palette.series.length];
    const horizontal = type === 'bar' && model.allocation;
    const single = model.datasets.length === 1;
    const total = (values: number[]) => values.reduce((sum, value) => sum + (Number.isNaN(value) ? 0 : value), 0);
    const tooltipLabel = (item: TooltipItem<ImpactChartType>) => {
      const value = item.raw as number;
      const text = model.format(value);
      if (type === 'doughnut')
        return `${text} (${shareOf(value, total(model.datasets[item.datasetIndex].values), this.locale)})`;
      return single ? text : `${item.dataset.label ?? ''}: ${text}`;
    };
    const datasets = model.datasets.map((dataset, index) => ({
      label: dataset.label,
      data: dataset.values,
      backgroundColor: type === 'doughnut' ? dataset.values.map((_, at) => colorAt(at)) : colorAt(index),
      borderColor: type === 'doughnut' ? palette.surface : colorAt(index),
      borderWidth: type === 'line' ? 3 : type === 'doughnut' ? 2 : 0,
      borderRadius: type === 'bar' ? 4 : 0,
      pointRadius: 3,
      tension: 0.25,
      // A month without a figure is unknown, not zero: the line goes on (the table shows a dash).
      spanGaps: true,
    }));
    const valueAxis = {
      beginAtZero: true,
      grid: { color: palette.grid },
      border: { display: false },
      ticks: {
        color: palette.muted,
        font,
        callback: (value: number | string) => model.tick(Number(value)),
        maxTicksLimit: 6,
      },
    };
    const categoryAxis = {
      grid: { display: false },
      border: { color: palette.grid },
      ticks: { color: palette.text, font },
    };
    return {
      type,
      data: { labels: model.categories, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 900 },
        indexAxis: horizontal ? 'y' : 'x',
        cutout: type === 'doughnut' ? '58%' : undefined,
        scales:
          type === 'doughnut' ? {} : horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          tooltip: {
            backgroundColor: palette.text,
            titleColor: palette.surface,
            bodyColor: palette.surface,
            titleFont: { ...font, weight: 'bold' },
            bodyFont: font,
            displayColors: !single || type === 'doughnut',
            callbacks: { label: tooltipLabel },
          },
        },
      } as ChartConfiguration['options'],
    } as ChartConfiguration;
  }

  /** Creates, updates or removes the chart.js chart to match the view. */
  private drawChart(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    const { view } = this;
    const ChartOfType = this.chartClasses[this.chartType];
    const { model } = this;
    if (!canvas || view.state !== 'ready' || !model || !ChartOfType || !this.revealed) {
      if (this.chart && this.chart.canvas !== canvas) {
        this.chart.destroy();
        this.chart = undefined;
      }
      return;
    }
    const palette = this.palette();
    const reduced = prefersReducedMotion();
    const config = this.config(model, palette, reduced);
    this.applySwatches(palette);
    if (
      this.chart &&
      this.chart.canvas === canvas &&
      (this.chart.config as { type?: string }).type === this.chartType
    ) {
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update(reduced ? 'none' : undefined);
      return;
    }
    this.chart?.destroy();
    this.chart = new ChartOfType(canvas, config);
  }

  /** Legend swatch colors, set from code (strict CSP: no style attributes). */
  private applySwatches(palette: Palette): void {
    this.renderRoot.querySelectorAll<HTMLElement>('.swatch').forEach((swatch, index) => {
      swatch.style.setProperty('--_swatch', palette.series[index % palette.series.length]);
    });
  }

  /** The canvas's accessible name: the chart type and what the numbers say. */
  private summary(model: Model, locale: QoldauLocale): string {
    const kind = {
      bar: msg('Bar chart', { id: 'chart.type.bar' }),
      doughnut: msg('Doughnut chart', { id: 'chart.type.doughnut' }),
      line: msg('Line chart', { id: 'chart.type.line' }),
    }[this.chartType];
    const parts = [`${kind}.`];
    if (model.allocation) {
      const values = model.datasets[0].values;
      const sum = values.reduce((total, value) => total + value, 0);
      const largest = values.indexOf(Math.max(...values));
      const total = model.format(sum);
      const label = model.categories[largest];
      const amount = model.format(values[largest]);
      const share = shareOf(values[largest], sum, locale);
      parts.push(
        msg(str`Total ${total}. Largest: ${label}, ${amount} (${share}).`, { id: 'chart.summary.allocation' }),
      );
    } else {
      const from = model.categories[0];
      const to = model.categories[model.categories.length - 1];
      for (const dataset of model.datasets) {
        const known = dataset.values.filter((value) => !Number.isNaN(value));
        const label = dataset.label;
        const latest = model.format(known[known.length - 1] ?? 0);
        // A series without a single value said "highest −∞" (found by the hostile suite).
        const highest = model.format(known.length ? Math.max(...known) : 0);
        parts.push(
          msg(str`${label}, from ${from} to ${to}: latest ${latest}, highest ${highest}.`, {
            id: 'chart.summary.series',
          }),
        );
      }
    }
    return parts.join(' ');
  }

  protected override render() {
    const { view } = this;
    if (view.state === 'invalid') return invalidView(this, view.error);
    const heading = textOf(this.heading)
      ? html`<figcaption part="heading" class="heading">${this.heading}</figcaption>`
      : nothing;
    if (view.state !== 'ready') {
      const loading = view.state === 'loading';
      return html`<figure
        part="base"
        class="widget ${loading ? 'loading' : 'empty'}"
        aria-busy=${loading ? 'true' : nothing}
      >
        ${heading}
        <div part="chart" class="chart bone">
          ${
            loading
              ? html`<span class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</span>`
              : html`<p part="empty" class="empty-message">${msg('No data to show yet.', { id: 'chart.empty' })}</p>`
          }
        </div>
        ${
          // The space the data will take below the chart, so nothing moves when it arrives: a
          // doughnut's legend (one row; more categories than fit in a row still add rows) and the
          // table button. Bars and lines with several series have a legend too; it cannot be
          // known before the data.
          this.chartType === 'doughnut'
            ? html`<ul class="legend reserved" aria-hidden="true">
                <li>&nbsp;</li>
              </ul>`
            : nothing
        }
        <span class="toggle reserved" aria-hidden="true">&nbsp;</span>
      </figure>`;
    }
    const locale = this.locale;
    const model = this.model!;
    const showTable = this.tableShown || this.chartFailed;
    const legend =
      this.chartType === 'doughnut'
        ? model.categories
        : model.datasets.length > 1
          ? model.datasets.map((d) => d.label)
          : [];
    return html`<figure part="base" class="widget">
      ${heading}
      <div part="chart" class="chart ${this.chartFailed ? 'failed' : ''}">
        <canvas part="canvas" role="img" aria-label=${this.summary(model, locale)}></canvas>
        <span class="probe" aria-hidden="true"></span>
      </div>
      ${
        legend.length
          ? html`<ul part="legend" class="legend" aria-hidden="true">
              ${legend.map((label) => html`<li><span class="swatch"></span>${label}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.chartFailed
          ? nothing
          : html`<button
              part="table-toggle"
              class="toggle"
              type="button"
              aria-expanded=${showTable ? 'true' : 'false'}
              aria-controls="data"
              @click=${() => (this.tableShown = !this.tableShown)}
            >
              ${showTable ? msg('Hide table', { id: 'chart.hide-table' }) : msg('Show as table', { id: 'chart.show-table' })}
            </button>`
      }
      <div id="data" class=${showTable ? 'table-wrap' : 'visually-hidden'}>${this.renderTable(model, locale)}</div>
    </figure>`;
  }

  private renderTable(model: Model, locale: QoldauLocale) {
    const caption = textOf(this.heading) ?? msg('Chart data', { id: 'chart.table.caption' });
    if (model.allocation) {
      const values = model.datasets[0].values;
      const sum = values.reduce((total, value) => total + value, 0);
      return html`<table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Item', { id: 'chart.table.item' })}</th>
            <th scope="col">${msg('Amount', { id: 'chart.amount' })}</th>
            <th scope="col">${msg('Share', { id: 'chart.table.share' })}</th>
          </tr>
        </thead>
        <tbody>
          ${model.categories.map(
            (label, index) =>
              html`<tr>
                <th scope="row">${label}</th>
                <td>${model.format(values[index])}</td>
                <td>${shareOf(values[index], sum, locale)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Total', { id: 'chart.table.total' })}</th>
            <td>${model.format(sum)}</td>
            <td>${formatPercent(sum > 0 ? 1 : 0, locale)}</td>
          </tr>
        </tfoot>
      </table>`;
    }
    return html`<table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Period', { id: 'chart.table.period' })}</th>
          ${model.datasets.map((dataset) => html`<th scope="col">${dataset.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.categories.map(
          (label, index) =>
            html`<tr>
              <th scope="row">${label}</th>
              ${model.datasets.map((dataset) => {
                const value = dataset.values[index];
                return html`<td>${Number.isNaN(value) ? '—' : model.format(value)}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-impact-chart': QoldauImpactChart;
  }
}
