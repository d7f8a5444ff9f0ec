// chart.js with what a bar chart needs. Imported with import() when a bar chart connects; the CDN
// build gives each chart type its own tree-shaken copy, so a page downloads only its type's parts.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
