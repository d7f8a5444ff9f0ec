// chart.js with what a doughnut chart needs (no scales). Imported with import() when a doughnut
// chart connects; the CDN build gives each chart type its own tree-shaken copy.
import { ArcElement, Chart, DoughnutController, Tooltip } from 'chart.js';

Chart.register(DoughnutController, ArcElement, Tooltip);

export { Chart };
