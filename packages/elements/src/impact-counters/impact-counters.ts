// <qoldau-impact-counters>: a responsive row (or grid) of impact counters, optionally built from metric ids.
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Metric } from '@qoldau/core';
import { QoldauElement } from '../base/qoldau-element.js';
import { LiveData } from '../base/live-data.js';
import { StateReporter, invalidView, textOf, widgetStyles } from '../base/widget.js';
import { impactCountersStyles } from './impact-counters.styles.js';

/**
 * Lays several `<qoldau-impact-counter>` out side by side, wrapping to as many columns as fit
 * (one on a phone). Counters can be written as children, or named with `metrics="families
 * children-rehab employed"`: the group then shows one counter per metric, read through the data
 * adapter. With `set="2026"` the group reads a whole set of metrics in one request (the `metrics`
 * resource kind, docs/data.md) and shows them all, or those named in `metrics`, in that order.
 *
 * @summary Responsive group of impact counters.
 *
 * @slot - `<qoldau-impact-counter>` elements (shown before those named in `metrics`).
 *
 * @csspart base - The grid.
 * @csspart error - The message shown when the set cannot be loaded.
 *
 * @cssproperty --qoldau-counters-min-width - Narrowest a column may get before the grid wraps (default 12rem).
 *
 * @event qoldau-error - The set could not be loaded; the group shows a localized message.
 */
export class QoldauImpactCounters extends QoldauElement {
  static override styles = [...QoldauElement.styles, widgetStyles, impactCountersStyles];

  static override properties: PropertyDeclarations = {
    metrics: {},
    heading: {},
    set: {},
    refresh: { type: Number },
    duration: { type: Number },
  };

  /** Ids of metrics to show, separated by spaces or commas. */
  declare metrics?: string;

  /** The group's accessible name (not shown), e.g. "Our impact in 2026". */
  declare heading?: string;

  /** Id of a metric set to read in one request; its metrics become counters. */
  declare set?: string;

  /** With `set`: seconds between refreshes while the page is visible. */
  declare refresh?: number;

  /** Length of the count-up in milliseconds for the counters the group creates. */
  declare duration?: number;

  private readonly live = new LiveData(this, 'metrics');
  private readonly reporter = new StateReporter(this);

  protected override willUpdate(): void {
    this.live.follow(this.set, this.refresh);
  }

  protected override updated(): void {
    const error = this.live.state?.data ? undefined : this.live.state?.error;
    if (error) this.reporter.error(error);
  }

  private metricIds(): string[] {
    return [...new Set((textOf(this.metrics) ?? '').split(/[\s,]+/).filter(Boolean))];
  }

  /** The counters the group creates: one per metric of the set, or per id in `metrics`. */
  private counters() {
    const ids = this.metricIds();
    if (!this.set) {
      return ids.map(
        (id) => html`<qoldau-impact-counter metric=${id} .duration=${this.duration}></qoldau-impact-counter>`,
      );
    }
    const items = this.live.state?.data?.items;
    if (!items) {
      // While the set loads: skeletons of the final size, as many as named (or three).
      return Array.from(
        { length: ids.length || 3 },
        () => html`<qoldau-impact-counter pending></qoldau-impact-counter>`,
      );
    }
    const chosen: Metric[] = ids.length ? ids.flatMap((id) => items.filter((metric) => metric.id === id)) : items;
    return chosen.map(
      (metric) => html`<qoldau-impact-counter .data=${metric} .duration=${this.duration}></qoldau-impact-counter>`,
    );
  }

  protected override render() {
    const state = this.live.state;
    if (this.set && !state?.data && state?.status === 'error' && state.error) return invalidView(this, state.error);
    return html`<div
      part="base"
      class="grid"
      role=${textOf(this.heading) ? 'group' : nothing}
      aria-label=${textOf(this.heading) ?? nothing}
    >
      <slot></slot>
      ${this.counters()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-impact-counters': QoldauImpactCounters;
  }
}
