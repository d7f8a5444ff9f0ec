// Which copy of chart.js a chart loads. The CDN build tree-shakes chart.js once per chart type
// (chart-bar.ts, chart-doughnut.ts, chart-line.ts) and once for all three (chart-all.ts), because
// chart.js is a single module that cannot be split into shared and per-type parts. A page with one
// type downloads only that type's copy; a page with several downloads the copy with all three once,
// rather than chart.js's common parts once per type.
import type { Chart } from 'chart.js';
import type { ImpactChartType } from './chart-data.js';

export type ChartClass = typeof Chart;

type Loader = () => Promise<{ Chart: ChartClass }>;

// No chart.js/auto, and no Legend or Title plugin: each copy registers only controllers, elements,
// scales and the tooltip; the legend and heading are HTML (accessible, localized, themable).
const copyOfType: Record<ImpactChartType, Loader> = {
  bar: () => import('./chart-bar.js'),
  doughnut: () => import('./chart-doughnut.js'),
  line: () => import('./chart-line.js'),
};
const copyOfAllTypes: Loader = () => import('./chart-all.js');

/** `type`, or bar for a value we do not know. */
export function chartTypeOf(type: unknown): ImpactChartType {
  // Only text: hasOwn converts its key, which throws for a null-prototype object (hostile suite).
  return typeof type === 'string' && Object.hasOwn(copyOfType, type) ? (type as ImpactChartType) : 'bar';
}

const loads = new Map<ImpactChartType | 'all', Promise<{ Chart: ChartClass }>>();

/** True when the page also shows a chart of another type than `type`. */
function pageMixesTypes(type: ImpactChartType): boolean {
  const charts = [...document.querySelectorAll('qoldau-impact-chart')];
  return charts.some((chart) => chartTypeOf(chart.getAttribute('type')) !== type);
}

/**
 * The copy a chart of `type` uses: one already loaded for it; else the all-types copy, when that
 * is loaded or when no copy is yet and the page mixes types; else its own type's.
 */
function copyFor(type: ImpactChartType): ImpactChartType | 'all' {
  if (loads.has(type)) return type;
  if (loads.has('all')) return 'all';
  return loads.size === 0 && pageMixesTypes(type) ? 'all' : type;
}

/** chart.js for a chart of `type` (see copyFor), loaded once per copy for the whole page. */
export function loadChartJs(type: ImpactChartType): Promise<ChartClass> {
  const copy = copyFor(type);
  let load = loads.get(copy);
  if (!load) {
    load = copy === 'all' ? copyOfAllTypes() : copyOfType[copy]();
    loads.set(copy, load);
    load.catch(() => loads.delete(copy)); // a later chart may try again (e.g. back online)
  }
  return load.then((module) => module.Chart);
}
