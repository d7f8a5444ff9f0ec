// Registers <qoldau-impact-chart> (the only side effect of this component; chart.js loads later, on connect).
import { defineElement } from '@qoldau/elements/base/define.js';
import { QoldauImpactChart } from './impact-chart.js';

defineElement('qoldau-impact-chart', QoldauImpactChart);

export { QoldauImpactChart };
