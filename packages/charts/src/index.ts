// @qoldau/charts: the impact chart class and its data types, free of side effects.
// Import `@qoldau/charts/impact-chart/define.js` (or the `qoldau` package) to register the tag.
export { QoldauImpactChart } from './impact-chart/impact-chart.js';
export {
  validateChartData,
  type ChartInput,
  type ImpactChartType,
  type Series,
  type SeriesPoint,
  type TimeSeries,
} from './impact-chart/chart-data.js';
