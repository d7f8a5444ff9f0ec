// chart.js with what a line chart needs. Imported with import() when a line chart connects; the
// CDN build gives each chart type its own tree-shaken copy.
import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
