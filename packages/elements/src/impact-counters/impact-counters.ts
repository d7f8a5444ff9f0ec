// <qoldau-impact-counters>: a responsive row (or grid) of impact counters, optionally built from metric ids.
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { QoldauElement } from '../base/qoldau-element.js';
import { impactCountersStyles } from './impact-counters.styles.js';

/**
 * Lays several `<qoldau-impact-counter>` out side by side, wrapping to as many columns as fit
 * (one on a phone). Counters can be written as children, or named with `metrics="families
 * children-rehab employed"`: the group then shows one counter per metric, read through the data
 * adapter. Reads of one source are shared: a Google Sheet source fetches its CSV once for the whole
 * group, and the same metric named twice on a page is read once.
 *
 * @summary Responsive group of impact counters.
 *
 * @slot - `<qoldau-impact-counter>` elements (shown before those named in `metrics`).
 *
 * @csspart base - The grid.
 *
 * @cssproperty --qoldau-counters-min-width - Narrowest a column may get before the grid wraps (default 12rem).
 */
export class QoldauImpactCounters extends QoldauElement {
  static override styles = [...QoldauElement.styles, impactCountersStyles];

  /** Ids of metrics to show, separated by spaces or commas. */
  @property() metrics?: string;

  /** The group's accessible name (not shown), e.g. "Our impact in 2026". */
  @property() heading?: string;

  /** Length of the count-up in milliseconds for the counters named in `metrics`. */
  @property({ type: Number }) duration?: number;

  private metricIds(): string[] {
    return [...new Set((this.metrics ?? '').split(/[\s,]+/).filter(Boolean))];
  }

  protected override render() {
    return html`<div part="base" class="grid" role=${this.heading ? 'group' : nothing} aria-label=${this.heading ?? nothing}>
      <slot></slot>
      ${this.metricIds().map(
        (id) => html`<qoldau-impact-counter metric=${id} .duration=${this.duration}></qoldau-impact-counter>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qoldau-impact-counters': QoldauImpactCounters;
  }
}
