// Registers <qoldau-impact-counters>, and the counters it lays out (the only side effects of this component).
import '../impact-counter/define.js';
import { defineElement } from '../base/define.js';
import { QoldauImpactCounters } from './impact-counters.js';

defineElement('qoldau-impact-counters', QoldauImpactCounters);

export { QoldauImpactCounters };
