// Which copy of chart.js a chart loads. The CDN build tree-shakes chart.js once per chart type
// (chart-bar.ts, chart-doughnut.ts, chart-line.ts) and once for all three (chart-all.ts), because
// chart.js is a single module that cannot be split into shared and per-type parts. A page with one
// type downloads only that type's copy; a page with several downloads the copy with all three once,
// rather than chart.js's common parts once per type.
import type { Chart } from 'chart.js';
import type { ImpactChartType } from './chart-data.js';

export type ChartClass = typeof Chart;

// No chart.js/auto, and no Legend or Title plugin: each copy registers only controllers, elements,
// scales and the tooltip; the legend and heading are HTML (accessible, localized, themable).
const copies: Record<ImpactChartType | 'all', () => Promise<{ Chart: ChartClass }>> = {
  bar: () => import('./chart-bar.js'),
  doughnut: () => import('./chart-doughnut.js'),
  line: () => import('./chart-line.js'),
  all: () => import('./chart-all.js'),
};

/** The chart types Qoldau draws. */
export const chartTypes = ['bar', 'doughnut', 'line'] as const satisfies readonly ImpactChartType[];

/** `type`, or bar for a value we do not know. */
export function chartTypeOf(type: string | null | undefined): ImpactChartType {
  return (chartTypes as readonly string[]).includes(type ?? '') ? (type as ImpactChartType) : 'bar';
}

const loads = new Map<ImpactChartType | 'all', Promise<{ Chart: ChartClass }>>();

/** True when the page also shows a chart of another type than `type`. */
function pageMixesTypes(type: ImpactChartType): boolean {
  const charts = [...document.querySelectorAll('qoldau-impact-chart')];
  return charts.some((chart) => chartTypeOf(chart.getAttribute('type')) !== type);
}

/**
 * chart.js for a chart of `type`: a copy already loaded for it, else the all-types copy when the
 * page mixes types and no copy is loaded yet, else its own type's copy.
 */
export function loadChartJs(type: ImpactChartType): Promise<ChartClass> {
  const copy = loads.has(type) ? type : loads.has('all') || (loads.size === 0 && pageMixesTypes(type)) ? 'all' : type;
  let load = loads.get(copy);
  if (!load) {
    load = copies[copy]();
    loads.set(copy, load);
    load.catch(() => loads.delete(copy)); // a later chart may try again (e.g. back online)
  }
  return load.then((module) => module.Chart);
}
