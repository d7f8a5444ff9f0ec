// Registers <qoldau-impact-counter> (the only side effect of this component).
import { defineElement } from '../base/define.js';
import { QoldauImpactCounter } from './impact-counter.js';

defineElement('qoldau-impact-counter', QoldauImpactCounter);

export { QoldauImpactCounter };
